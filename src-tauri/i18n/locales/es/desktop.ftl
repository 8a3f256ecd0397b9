# La bandeja, la búsqueda del escritorio y las notificaciones (el agente residente).

## Bandeja
tray-tooltip = Haga clic en una cuenta para copiar su código
tray-empty = Fije cuentas en la ventana para verlas aquí
tray-copy-token = Copiar token de acceso: { $server }
tray-scan = Escanear un código QR en la pantalla…
tray-search = Buscar…
tray-open = Abrir MFA Companion
tray-quit = Salir del agente

## Notificaciones
notify-code-copied = Código de { $name } copiado
notify-token-copied = Token de acceso de { $server } copiado
notify-cleared-in = { $seconds ->
    [one] Se borrará del portapapeles en { $seconds } segundo
   *[other] Se borrará del portapapeles en { $seconds } segundos
}
notify-no-code-copied = MFA Companion: no se copió ningún código
notify-no-token-copied = MFA Companion: no se copió ningún token
notify-window-failed = MFA Companion: no se pudo abrir la ventana
notify-no-code-typed = MFA Companion: no se escribió ningún código

## The app-grid entry (packaging/mfa-companion.desktop) and the software centres'
## summary (packaging/io.github.MfaCompanion.metainfo.xml); a test keeps them equal.
app-generic-name = Autenticador
app-comment = Códigos de un solo uso desde su llavero, inscripción de dispositivos y códigos de recuperación
app-action-add = Añadir cuenta
app-action-search = Buscar códigos
app-summary = Inscriba sus dispositivos y guarde sus códigos de un solo uso a salvo
