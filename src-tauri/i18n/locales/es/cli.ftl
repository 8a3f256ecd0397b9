# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.
# Términos como los usa la ventana: cuenta, código, código de recuperación, caja fuerte,
# llavero, copia de seguridad, bloqueo de la aplicación, servidor, etiqueta, nota, fijar.

## mod.rs

cli-mod-error = error: { $message } [{ $code }]
cli-mod-stdout = no se puede escribir en la salida estándar: { $error }
cli-mod-stdin = no se puede leer la entrada estándar: { $error }
cli-mod-confirm-hint = [s/N]
cli-mod-confirm-yes = s sí si

## accounts.rs

cli-accounts-uri-or-manual = indique un URI otpauth o --issuer/--account, no ambos
cli-accounts-nothing-to-add = nada que añadir: indique un URI otpauth, `-` para leer URI de la entrada estándar, o --issuer/--account con el secreto en la entrada estándar
cli-accounts-added = cuenta { $label } añadida (id { $id })
cli-accounts-weak-secret = aviso: el secreto de { $label } tiene solo { $bits } bits; se recomiendan 128 o más
cli-accounts-bad-line = línea { $line }: { $message }; no se añadió nada
cli-accounts-no-uri-on-stdin = ningún URI otpauth en la entrada estándar; no se añadió nada
cli-accounts-secret-prompt = Secreto (base32):{" "}
cli-accounts-secret-unreadable = no se puede leer el secreto: { $error }
cli-accounts-secret-stdin-unreadable = no se puede leer el secreto de la entrada estándar: { $error }
cli-accounts-no-tagged = ninguna cuenta tiene la etiqueta { $tag }: vea `mfa-companion tag`
cli-accounts-none-yet = todavía no hay cuentas: añada una con `mfa-companion add <URI otpauth>`
cli-accounts-list-counter = contador { $counter }
cli-accounts-note = nota: { $line }
cli-accounts-at-hotp = --at no se aplica a las cuentas HOTP (sus códigos siguen un contador, no el reloj)
cli-accounts-remove-needs-yes = eliminar { $label } borra su secreto para siempre: pase --yes para confirmar
cli-accounts-remove-question = ¿Eliminar { $label } (id { $id }) y borrar su secreto para siempre?
cli-accounts-nothing-removed = no se eliminó nada
cli-accounts-removed = cuenta { $label } eliminada (id { $id })
cli-accounts-recovery-codes-stay = { $count ->
    [one] nota: su { $count } código de recuperación ({ $unused } sin usar) sigue en la caja fuerte: `mfa-companion recovery show { $id }`
   *[other] nota: sus { $count } códigos de recuperación ({ $unused } sin usar) siguen en la caja fuerte: `mfa-companion recovery show { $id }`
}
cli-accounts-rename-what = indique --issuer y/o --account
cli-accounts-renamed = { $old } renombrada como { $new }
cli-accounts-pinned = { $label } fijada (id { $id })
cli-accounts-unpinned = { $label } desfijada (id { $id })
cli-accounts-no-tags = { $label } (id { $id }) no tiene etiquetas
cli-accounts-tags = { $label } (id { $id }): { $tags }
cli-accounts-no-note = { $label } (id { $id }) no tiene nota
cli-accounts-note-saved = nota guardada para { $label } (id { $id })
cli-accounts-note-removed = nota quitada de { $label } (id { $id })

## backup.rs

cli-backup-again = Otra vez:{" "}
cli-backup-passwords-differ = las dos contraseñas no coinciden: no se cambió nada
cli-backup-password-new = Contraseña para las copias de seguridad:{" "}
cli-backup-password-empty = una contraseña vacía no protege nada
cli-backup-configured = { $keep ->
    [one] las copias de seguridad van a { $dir } tras cada cambio (se conserva la más reciente); la contraseña no se guarda: sin ella no se pueden restaurar
   *[other] las copias de seguridad van a { $dir } tras cada cambio (se conservan las { $keep } más recientes); la contraseña no se guarda: sin ella no se pueden restaurar
}
cli-backup-none-yet = todavía no hay copias de seguridad: `mfa-companion backup now` escribe una
cli-backup-list-accounts = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
cli-backup-list-accounts-unknown = ? cuentas
cli-backup-list-verified = verificada
cli-backup-list-unreadable = NO se puede leer con la contraseña actual
cli-backup-disabled = las copias de seguridad automáticas están desactivadas; las ya escritas se quedan donde están
cli-backup-written = { $count ->
    [one] { $path } escrita y verificada ({ $count } cuenta)
   *[other] { $path } escrita y verificada ({ $count } cuentas)
}
cli-backup-written-pruned = { $count ->
    [one] { $path } escrita y verificada ({ $count } cuenta)
   *[other] { $path } escrita y verificada ({ $count } cuentas)
}; { $pruned ->
    [one] { $pruned } copia más antigua borrada
   *[other] { $pruned } copias más antiguas borradas
}
cli-backup-current = la copia de seguridad más reciente ya contiene las cuentas actuales: { $path }
cli-backup-password = Contraseña de la copia de seguridad:{" "}
cli-backup-deriving = derivando la clave de esta copia de seguridad
cli-backup-plan-add = añadir    { $label }
cli-backup-plan-exists = existe    { $label } (se queda como está)
cli-backup-plan-skip = omitir    { $label }: { $reason }
cli-backup-plan-count = { $count ->
    [one] { $count } cuenta por añadir; no se cambió nada
   *[other] { $count } cuentas por añadir; no se cambió nada
}
cli-backup-restore-needs-yes = { $count ->
    [one] se añadiría { $count } cuenta: pase --yes para confirmar
   *[other] se añadirían { $count } cuentas: pase --yes para confirmar
}
cli-backup-restore-question = { $count ->
    [one] ¿Añadir { $count } cuenta?
   *[other] ¿Añadir { $count } cuentas?
}
cli-backup-nothing-restored = no se restauró nada
cli-backup-restored = { $count ->
    [one] { $count } cuenta restaurada
   *[other] { $count } cuentas restauradas
}

## lock.rs

cli-lock-password = Contraseña:{" "}
cli-lock-current-password = Contraseña actual:{" "}
cli-lock-new-password = Contraseña nueva:{" "}
cli-lock-unlocked = { $minutes ->
    [one] desbloqueado; la clave se olvida tras { $minutes } minuto sin uso, o con `mfa-companion lock now`
   *[other] desbloqueado; la clave se olvida tras { $minutes } minutos sin uso, o con `mfa-companion lock now`
}
cli-lock-on-already = el bloqueo de la aplicación ya está activado: `lock change` cambia su contraseña
cli-lock-idle-range = --idle-minutes debe estar entre 1 y 1440
cli-lock-no-backup-warning = aviso: sin la contraseña las cuentas se pierden, y no hay copias de seguridad automáticas configuradas (`mfa-companion backup configure --dir DIR`, o `mfa-companion export --format backup`)
cli-lock-no-backup-question = ¿Activar el bloqueo sin una copia de seguridad?
cli-lock-stays-off = el bloqueo sigue desactivado
cli-lock-enabled = el bloqueo de la aplicación está activado (Argon2id, 64 MiB, { $passes ->
    [one] { $passes } pasada
   *[other] { $passes } pasadas
}); el llavero ya no guarda la clave. Desbloqueado ahora, durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin uso; `mfa-companion lock now` bloquea
cli-lock-disabled = el bloqueo de la aplicación está desactivado; la clave de la caja fuerte vuelve a estar en el llavero
cli-lock-changed = se cambió la contraseña
cli-lock-status-off = desactivado: la clave de la caja fuerte está en el llavero
cli-lock-status-on-unlocked = { $minutes ->
    [one] activado (desbloqueado; se olvida tras { $minutes } minuto sin uso)
   *[other] activado (desbloqueado; se olvida tras { $minutes } minutos sin uso)
}
cli-lock-status-on-locked = { $minutes ->
    [one] activado (bloqueado; se olvida tras { $minutes } minuto sin uso)
   *[other] activado (bloqueado; se olvida tras { $minutes } minutos sin uso)
}
cli-lock-status-stray-key = ; ATENCIÓN: el llavero todavía guarda la clave: ejecute `mfa-companion lock disable` y vuelva a activarlo
cli-lock-locked = bloqueado

## recovery.rs

cli-recovery-counts = { $label }: códigos de recuperación: { $unused } sin usar, { $used ->
    [one] { $used } usado
   *[other] { $used } usados
}
cli-recovery-counts-low = { $label }: códigos de recuperación: { $unused } sin usar, { $used ->
    [one] { $used } usado
   *[other] { $used } usados
} (quedan pocos: pida códigos nuevos al servidor)
cli-recovery-show = códigos de recuperación de { $label }:
cli-recovery-show-server = códigos de recuperación de { $label } (servidor { $server }):
cli-recovery-unused = sin usar
cli-recovery-used-at = usado el { $date }
cli-recovery-used-at-note = usado el { $date } ({ $note })
cli-recovery-by-hand = marcado como usado a mano
cli-recovery-use-next = use el código de recuperación { $number }: { $code } (ahora marcado como usado)
cli-recovery-marked = el código se marcó como usado para { $label }
cli-recovery-none-given = no se dio ningún código en la entrada estándar: escríbalos o páselos por una tubería, uno por línea
cli-recovery-added = { $count ->
    [one] { $count } código de recuperación añadido para { $label } ({ $stored } ya guardados)
   *[other] { $count } códigos de recuperación añadidos para { $label } ({ $stored } ya guardados)
}

## doctor.rs

cli-doctor-ok = ok    { $name }: { $detail }
cli-doctor-fail = FAIL  { $name }: { $detail }
cli-doctor-data-folder = carpeta de datos
cli-doctor-data-folder-ok = { $count ->
    [one] { $dir } ({ $count } cuenta)
   *[other] { $dir } ({ $count } cuentas)
}
cli-doctor-keychain = llavero
cli-doctor-keychain-ok = ida y vuelta con Secret Service (guardar, leer, borrar, elemento ausente) superada
cli-doctor-clock = reloj
cli-doctor-clock-ok = { $now } (hora Unix; { $date }); { $sync }
cli-doctor-enrollments = inscripciones
cli-doctor-enrollments-none = ninguna pendiente
cli-doctor-enrollments-pending = { $count ->
    [one] { $count } pendiente: `mfa-companion list` la muestra, `enroll --resume` la termina
   *[other] { $count } pendientes: `mfa-companion list` las muestra, `enroll --resume` las termina
}
cli-doctor-problems = { $count ->
    [one] { $count } comprobación falló
   *[other] { $count } comprobaciones fallaron
}
cli-doctor-vault = caja fuerte
cli-doctor-vault-ok = abierta con su clave; { $count ->
    [one] { $count } cuenta, con su secreto
   *[other] { $count } cuentas, cada una con su secreto
}; códigos de recuperación de { $with_codes }; { $writes ->
    [one] escrita { $writes } vez
   *[other] escrita { $writes } veces
}
cli-doctor-vault-broken = ningún secreto utilizable para: { $labels }; elimínelas y vuelva a añadirlas
cli-doctor-vault-locked = { $count ->
    [one] bloqueada: { $count } cuenta en la lista; `mfa-companion unlock` para comprobar sus secretos
   *[other] bloqueada: { $count } cuentas en la lista; `mfa-companion unlock` para comprobar sus secretos
}
cli-doctor-vault-note = nota  caja fuerte: { $note }
cli-doctor-keychain-items = elementos del llavero
cli-doctor-keychain-items-ok = { $count ->
    [one] la clave de la caja fuerte y { $count } token o sesión de servidor; ningún secreto de una cuenta
   *[other] la clave de la caja fuerte y { $count } tokens o sesiones de servidor; ningún secreto de una cuenta
}
cli-doctor-repaired-items = { $count ->
    [one] reparado: se borró { $count } elemento del antiguo formato de un elemento por secreto
   *[other] reparado: se borraron { $count } elementos del antiguo formato de un elemento por secreto
}
cli-doctor-keychain-items-stray = { $count ->
    [one] { $count } elemento del antiguo formato de un elemento por secreto no pertenece a ninguna cuenta: `mfa-companion doctor --repair` lo borra
   *[other] { $count } elementos del antiguo formato de un elemento por secreto no pertenecen a ninguna cuenta: `mfa-companion doctor --repair` los borra
}
cli-doctor-previous = versión anterior
cli-doctor-previous-kept = guardada como { $path }
cli-doctor-previous-none = ninguna todavía (se guarda a partir de la segunda escritura)
cli-doctor-app-lock = bloqueo de la aplicación
cli-doctor-backups = copias de seguridad
cli-doctor-lock-off = desactivado (`mfa-companion lock enable` pone la clave bajo una contraseña)
cli-doctor-lock-stray-key = activado, pero el llavero todavía guarda la clave de la caja fuerte: ejecute `mfa-companion lock disable` y luego `lock enable` otra vez
cli-doctor-lock-on-locked = activado, bloqueado; Argon2id 64 MiB x { $passes ->
    [one] { $passes } pasada
   *[other] { $passes } pasadas
}; la clave se olvida tras { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin uso
cli-doctor-lock-on-unlocked = activado, desbloqueado; Argon2id 64 MiB x { $passes ->
    [one] { $passes } pasada
   *[other] { $passes } pasadas
}; la clave se olvida tras { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin uso
cli-doctor-backups-off = desactivadas (`mfa-companion backup configure --dir DIR` escribe una tras cada cambio)
cli-doctor-backups-none = en { $dir }; todavía no se ha escrito ninguna
cli-doctor-backups-ok = en { $dir }, se { $keep ->
    [one] conserva la más reciente
   *[other] conservan las { $keep } más recientes
}; última copia verificada { $file } ({ $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
})
cli-doctor-backups-failed = la última copia de seguridad falló: { $error }; sus cuentas están a salvo en la caja fuerte, pero ejecute `mfa-companion backup now` cuando la carpeta funcione
cli-doctor-repair = reparación
cli-doctor-no-previous = no hay versión anterior que restaurar; { $then }
cli-doctor-previous-unusable = la versión anterior tampoco se puede usar ({ $error }); { $then }
cli-doctor-previous-holds = la versión anterior (escritura { $write }) contiene { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}: restaurarla quita { $gone ->
    [one] { $gone } cuenta de la lista actual
   *[other] { $gone } cuentas de la lista actual
}{ $gone_ids } y recupera { $back }{ $back_ids }
cli-doctor-restore-question = ¿Restaurar la versión anterior? (el archivo dañado se guarda como accounts.vault.damaged)
cli-doctor-restored = reparado: la caja fuerte se restauró desde su versión anterior
cli-doctor-newest-backup = { $count ->
    [one] la copia de seguridad verificada más reciente contiene { $count } cuenta: aparte la caja fuerte dañada y luego `mfa-companion backup restore { $path }`
   *[other] la copia de seguridad verificada más reciente contiene { $count } cuentas: aparte la caja fuerte dañada y luego `mfa-companion backup restore { $path }`
}
cli-doctor-restore-a-backup = restaure una copia de seguridad (`mfa-companion backup restore FILE` o `mfa-companion import FILE`)

## transfer.rs

cli-transfer-password-stdin-unreadable = no se puede leer la contraseña de la entrada estándar: { $error }
cli-transfer-password-stdin-empty = la contraseña de la entrada estándar está vacía
cli-transfer-cannot-ask = no se puede pedir la contraseña ({ $error }): use --password-stdin
cli-transfer-unreadable = no se puede leer { $path }: { $error }
cli-transfer-file-password = Contraseña del archivo { $format }:{" "}
cli-transfer-deriving = derivando la clave de este archivo { $format }
cli-transfer-reading = leyendo este archivo { $format }
cli-transfer-password-stdin-path = --password-stdin necesita el archivo como ruta, no `-`
cli-transfer-read = { $count ->
    [one] { $count } entrada leída ({ $format })
   *[other] { $count } entradas leídas ({ $format })
}
cli-transfer-read-encrypted = { $count ->
    [one] { $count } entrada leída ({ $format }, cifrado)
   *[other] { $count } entradas leídas ({ $format }, cifrado)
}
cli-transfer-would-import = se importaría { $label }
cli-transfer-imported = { $label } importada (id { $id })
cli-transfer-recovery-restored = { $count ->
    [one] { $count } código de recuperación restaurado
   *[other] { $count } códigos de recuperación restaurados
}
cli-transfer-skipped = { $label } omitida: ya guardada (mismo secreto y emisor)
cli-transfer-unusable = no se pudo importar { $label }: { $reason }
cli-transfer-summary = { $count ->
    [one] { $count } importada
   *[other] { $count } importadas
}, { $duplicates ->
    [one] { $duplicates } duplicada omitida
   *[other] { $duplicates } duplicadas omitidas
}, { $unusable ->
    [one] { $unusable } no se pudo importar
   *[other] { $unusable } no se pudieron importar
}
cli-transfer-summary-dry-run = { $count ->
    [one] se importaría { $count }
   *[other] se importarían { $count }
}, { $duplicates ->
    [one] { $duplicates } duplicada omitida
   *[other] { $duplicates } duplicadas omitidas
}, { $unusable ->
    [one] { $unusable } no se pudo importar
   *[other] { $unusable } no se pudieron importar
} (simulación: no se guardó nada)
cli-transfer-unknown-format = formato de exportación desconocido
cli-transfer-out-needed = --out FILE es necesario para el formato { $format }
cli-transfer-stdout = la salida estándar
cli-transfer-export-needs-yes = una exportación contiene todos los secretos: pase --yes para confirmar
cli-transfer-export-question = { $count ->
    [one] ¿Exportar { $count } cuenta con su secreto a { $target } ({ $format })?
   *[other] ¿Exportar { $count } cuentas con sus secretos a { $target } ({ $format })?
}
cli-transfer-nothing-exported = no se exportó nada
cli-transfer-plain-warning = aviso: una exportación { $format } contiene sus secretos en texto sin cifrar: quien la lea podrá generar sus códigos. Pásela a la otra aplicación y luego bórrela.
cli-transfer-export-password = Contraseña para la exportación:{" "}
cli-transfer-export-password-again = La misma contraseña otra vez:{" "}
cli-transfer-passwords-differ = las contraseñas no coinciden; no se exportó nada
cli-transfer-password-empty = la contraseña está vacía; no se exportó nada
cli-transfer-writing = escribiendo la exportación { $format }
cli-transfer-left-out = aviso: { $label } se quedó fuera: { $reason }
cli-transfer-exported = { $count ->
    [one] { $count } cuenta exportada ({ $format }) a { $files }
   *[other] { $count } cuentas exportadas ({ $format }) a { $files }
}

## scan.rs

cli-scan-asking = nota: pidiendo una captura de pantalla al escritorio (puede pedirle permiso)
cli-scan-batch = exportación de Google Authenticator: lote { $n } de { $of } escaneado
cli-scan-batch-more = exportación de Google Authenticator: lote { $n } de { $of } escaneado; muestre el código siguiente y vuelva a escanear para el resto
cli-scan-not-an-account = se omitió un código QR con { $what }: no es una cuenta
cli-scan-already-stored = ya guardada: { $label }
cli-scan-cannot-add = no se puede añadir { $label }: { $reason }
cli-scan-nothing-new = nada nuevo que añadir
cli-scan-found = { $count ->
    [one] { $count } cuenta encontrada:
   *[other] { $count } cuentas encontradas:
}
cli-scan-needs-yes = no se añadió nada: confirme en un terminal, o pase -y para añadirlas todas
cli-scan-nothing-added = no se añadió nada

## icons.rs

cli-icons-chosen = elegido
cli-icons-matched = encontrado por su emisor
cli-icons-none-matches = ningún icono corresponde a su emisor
cli-icons-image = una imagen suya ({ $kind }, { $bytes } bytes)
cli-icons-letter = la letra { $letter }
cli-icons-shows = { $label } (id { $id }) muestra { $what }: { $how }
cli-icons-no-match = ningún icono del conjunto incluido corresponde a { $query }; las cuentas sin icono muestran su letra

## keyboard.rs

cli-keyboard-delay = --delay es como máximo 60 segundos
cli-keyboard-typed = código de { $label } escrito
cli-keyboard-searching = { $why }: abriendo la búsqueda rápida
cli-keyboard-window = no se pudo abrir la ventana ({ $error })

## agent.rs

cli-agent-asked-to-stop = se pidió al agente que se detenga
cli-agent-none-runs = no hay ningún agente en marcha
cli-agent-autostart-on = el agente se inicia al iniciar sesión ({ $path }); inícielo ahora con `mfa-companion agent &`
cli-agent-autostart-off = el agente ya no se inicia al iniciar sesión ({ $path } eliminado)

## docs.rs

cli-docs-cannot-write = no se puede escribir { $path }: { $error }

## servers.rs

cli-servers-runtime = no se puede iniciar el entorno de red: { $error }
cli-servers-token-prompt = Token bearer de { $name }:{" "}
cli-servers-token-unreadable = no se puede leer el token: { $error }
cli-servers-saved-sign-in = servidor { $name } guardado ({ $api }, { $url }); inicie sesión con `mfa-companion login --server { $name }`
cli-servers-saved-token = servidor { $name } guardado ({ $api }, { $url }); su token está en el llavero del sistema
cli-servers-none-yet = todavía no hay servidores: añada uno con `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...`
cli-servers-list-login = { $who }  login { $login }: { $session }
cli-servers-removed = servidor { $name } eliminado
cli-servers-token-left = aviso: su token no se pudo borrar del llavero ({ $error })
cli-servers-refused-refreshed = el servidor rechazó un token recién renovado ({ $error })
cli-servers-mfa-enabled = MFA activado
cli-servers-mfa-not-enabled = MFA no activado
cli-servers-preferred = preferido { $method }
cli-servers-methods = métodos { $methods }
cli-servers-required = exigido por la organización

## signin.rs

cli-signin-until-minutes = { $time } UTC, dentro de { $count } min
cli-signin-until-seconds = { $time } UTC, dentro de { $count } s
cli-signin-answered-code = desafío MFA respondido con su código de { $account }
cli-signin-answered-code-retried = desafío MFA respondido con su código de { $account } (el primero se rechazó en un cambio de intervalo; el siguiente se aceptó)
cli-signin-answered-recovery = desafío MFA respondido con un código de recuperación de { $account }: ahora está marcado como usado; quedan { $left } de { $total }
cli-signin-recovery-low = { $count ->
    [one] aviso: solo queda { $count } código de recuperación sin usar para { $account }: pida nuevos al servidor y añádalos (`mfa-companion recovery add`)
   *[other] aviso: solo quedan { $count } códigos de recuperación sin usar para { $account }: pida nuevos al servidor y añádalos (`mfa-companion recovery add`)
}
cli-signin-answered-passcode = desafío MFA respondido con el código enviado por { $via }
cli-signin-signed-in = sesión iniciada en { $server } como { $who } hasta { $until }; la sesión está en el llavero del sistema
cli-signin-password-prompt = Contraseña de { $who } en { $server }:{" "}
cli-signin-no-password = no se dio ninguna contraseña: escríbala, o pásela como primera línea de la entrada estándar
cli-signin-clock-behind = aviso: el reloj de este equipo va { $seconds } s por detrás del del servidor: el código se calcula con la hora del servidor
cli-signin-clock-ahead = aviso: el reloj de este equipo va { $seconds } s por delante del del servidor: el código se calcula con la hora del servidor
cli-signin-passcode-prompt = Código que el servidor envió por { $via }:{" "}
cli-signin-not-signed-in = no hay sesión iniciada en { $server }: nada que hacer
cli-signin-signed-out = sesión cerrada en { $server }: el servidor terminó la sesión y sus tokens se olvidaron
cli-signin-signed-out-here = sesión cerrada en { $server }: sus tokens se olvidaron aquí
cli-signin-server-not-told = aviso: no se pudo avisar al servidor, así que la sesión puede seguir siendo válida allí hasta que caduque ({ $error })
cli-signin-session-signed-in = sesión iniciada como { $who }
cli-signin-session-signed-out = sin sesión
cli-signin-session-unreadable = sesión ilegible ({ $error })

## enroll.rs

cli-enroll-passcode-prompt-sms = Código que el servidor envió por SMS:{" "}
cli-enroll-passcode-prompt-email = Código que el servidor envió por correo:{" "}
cli-enroll-passcode-unreadable = no se puede leer el código: { $error }
cli-enroll-no-passcode-sms = no se dio ningún código: pase --passcode, o escriba el código del SMS
cli-enroll-no-passcode-email = no se dio ningún código: pase --passcode, o escriba el código del correo
cli-enroll-setup-account = cuenta { $account } (id { $id }) guardada en el llavero
cli-enroll-setup-codes = { $count ->
    [one] { $count } código de recuperación guardado en la caja fuerte
   *[other] { $count } códigos de recuperación guardados en la caja fuerte
}
cli-enroll-setup = setup: { $done }
cli-enroll-clock-behind = aviso: el reloj de este equipo va { $seconds } s por detrás del del servidor: el código se calcula con la hora del servidor; corrija el reloj para que los códigos funcionen en otros sitios
cli-enroll-clock-ahead = aviso: el reloj de este equipo va { $seconds } s por delante del del servidor: el código se calcula con la hora del servidor; corrija el reloj para que los códigos funcionen en otros sitios
cli-enroll-verified = verify: el servidor aceptó el código
cli-enroll-enabled-code = enable: MFA activado (se envió el código de recuperación { $number } de { $total } y está marcado como usado)
cli-enroll-enabled = enable: MFA activado
cli-enroll-already-done = { $step }: ya hecho por el intento interrumpido
cli-enroll-status = status: { $status }
cli-enroll-no-pending = ninguna inscripción pendiente coincide: vea `mfa-companion list`
cli-enroll-ambiguous = hay { $count } inscripciones pendientes: indique una: { $list }
cli-enroll-discarded = inscripción { $id } con { $server } descartada
cli-enroll-discarded-removed = { $discarded }; eliminado: { $removed }
cli-enroll-and = y
cli-enroll-give-server = indique --server NAME
cli-enroll-resuming = reanudando la inscripción { $id } con { $server } ({ $step })
cli-enroll-enrolling = inscribiendo en { $server } ({ $api }, { $type })
cli-enroll-refused-refreshed = el servidor rechazó un token recién renovado
cli-enroll-pending = inscripción pendiente { $id } con { $server } ({ $type }): { $step }; `mfa-companion enroll --resume { $id }`
cli-enroll-pending-failed = { $pending } (el último intento falló: { $code })
cli-enroll-pending-unreadable = aviso: no se pueden leer las inscripciones pendientes: { $error } [{ $code }]

## progress.rs

cli-progress-line = { $what }… { $seconds } s

## main.rs: no subcommand and no window to open
cli-desktop-missing = la ventana ({ $file }) no está instalada junto a este binario: compílela con `cargo build` (función `desktop`) o use la línea de comandos: `mfa-companion --help`
cli-desktop-start = no se pudo iniciar { $path }: { $error }
