# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.
# Begriffe wie im Fenster: Konto, Code, Wiederherstellungscode, Tresor, Schlüsselbund,
# Sicherung, App-Sperre, Server, Schlagwort, Notiz, anheften. Befehle und Optionen bleiben.

## mod.rs

cli-mod-error = Fehler: { $message } [{ $code }]
cli-mod-stdout = in die Standardausgabe kann nicht geschrieben werden: { $error }
cli-mod-stdin = die Standardeingabe kann nicht gelesen werden: { $error }
cli-mod-confirm-hint = [j/N]
cli-mod-confirm-yes = j ja

## accounts.rs

cli-accounts-uri-or-manual = entweder eine otpauth-URI oder --issuer/--account angeben, nicht beides
cli-accounts-nothing-to-add = nichts hinzuzufügen: eine otpauth-URI angeben, `-` zum Lesen von URIs aus der Standardeingabe, oder --issuer/--account mit dem Geheimnis auf der Standardeingabe
cli-accounts-added = Konto { $label } hinzugefügt (ID { $id })
cli-accounts-weak-secret = Warnung: das Geheimnis von { $label } hat nur { $bits } Bit; empfohlen sind 128 oder mehr
cli-accounts-bad-line = Zeile { $line }: { $message }; nichts wurde hinzugefügt
cli-accounts-no-uri-on-stdin = keine otpauth-URI auf der Standardeingabe; nichts wurde hinzugefügt
cli-accounts-secret-prompt = Geheimnis (Base32):{" "}
cli-accounts-secret-unreadable = das Geheimnis kann nicht gelesen werden: { $error }
cli-accounts-secret-stdin-unreadable = das Geheimnis kann nicht aus der Standardeingabe gelesen werden: { $error }
cli-accounts-no-tagged = kein Konto hat das Schlagwort { $tag }: siehe `mfa-companion tag`
cli-accounts-none-yet = noch keine Konten: eines mit `mfa-companion add <otpauth-URI>` hinzufügen
cli-accounts-list-counter = Zähler { $counter }
cli-accounts-note = Hinweis: { $line }
cli-accounts-at-hotp = --at gilt nicht für HOTP-Konten (ihre Codes folgen einem Zähler, nicht der Uhr)
cli-accounts-remove-needs-yes = { $label } zu entfernen löscht das Geheimnis endgültig: zum Bestätigen --yes angeben
cli-accounts-remove-question = { $label } (ID { $id }) entfernen und das Geheimnis endgültig löschen?
cli-accounts-nothing-removed = nichts wurde entfernt
cli-accounts-removed = Konto { $label } entfernt (ID { $id })
cli-accounts-recovery-codes-stay = { $count ->
    [one] Hinweis: sein { $count } Wiederherstellungscode ({ $unused } unbenutzt) bleibt im Tresor: `mfa-companion recovery show { $id }`
   *[other] Hinweis: seine { $count } Wiederherstellungscodes ({ $unused } unbenutzt) bleiben im Tresor: `mfa-companion recovery show { $id }`
}
cli-accounts-rename-what = --issuer und/oder --account angeben
cli-accounts-renamed = { $old } umbenannt in { $new }
cli-accounts-pinned = { $label } angeheftet (ID { $id })
cli-accounts-unpinned = { $label } losgelöst (ID { $id })
cli-accounts-no-tags = { $label } (ID { $id }) hat keine Schlagwörter
cli-accounts-tags = { $label } (ID { $id }): { $tags }
cli-accounts-no-note = { $label } (ID { $id }) hat keine Notiz
cli-accounts-note-saved = Notiz für { $label } (ID { $id }) gespeichert
cli-accounts-note-removed = Notiz von { $label } (ID { $id }) entfernt

## backup.rs

cli-backup-again = Noch einmal:{" "}
cli-backup-passwords-differ = die beiden Passwörter stimmen nicht überein: nichts wurde geändert
cli-backup-password-new = Passwort für die Sicherungen:{" "}
cli-backup-password-empty = ein leeres Passwort schützt nichts
cli-backup-configured = { $keep ->
    [one] Sicherungen gehen nach jeder Änderung nach { $dir } (die neueste wird behalten); das Passwort wird nicht gespeichert: ohne es lassen sie sich nicht wiederherstellen
   *[other] Sicherungen gehen nach jeder Änderung nach { $dir } (die { $keep } neuesten werden behalten); das Passwort wird nicht gespeichert: ohne es lassen sie sich nicht wiederherstellen
}
cli-backup-none-yet = noch keine Sicherungen: `mfa-companion backup now` schreibt eine
cli-backup-list-accounts = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}
cli-backup-list-accounts-unknown = ? Konten
cli-backup-list-verified = geprüft
cli-backup-list-unreadable = mit dem aktuellen Passwort NICHT lesbar
cli-backup-disabled = automatische Sicherungen sind aus; die bereits geschriebenen bleiben, wo sie sind
cli-backup-written = { $count ->
    [one] { $path } geschrieben und geprüft ({ $count } Konto)
   *[other] { $path } geschrieben und geprüft ({ $count } Konten)
}
cli-backup-written-pruned = { $count ->
    [one] { $path } geschrieben und geprüft ({ $count } Konto)
   *[other] { $path } geschrieben und geprüft ({ $count } Konten)
}; { $pruned ->
    [one] { $pruned } ältere Sicherung gelöscht
   *[other] { $pruned } ältere Sicherungen gelöscht
}
cli-backup-current = die neueste Sicherung enthält bereits die aktuellen Konten: { $path }
cli-backup-password = Passwort der Sicherung:{" "}
cli-backup-deriving = Schlüssel für diese Sicherung wird abgeleitet
cli-backup-plan-add = hinzufügen     { $label }
cli-backup-plan-exists = vorhanden      { $label } (bleibt, wie es ist)
cli-backup-plan-skip = übersprungen   { $label }: { $reason }
cli-backup-plan-count = { $count ->
    [one] { $count } Konto hinzuzufügen; nichts wurde geändert
   *[other] { $count } Konten hinzuzufügen; nichts wurde geändert
}
cli-backup-restore-needs-yes = { $count ->
    [one] { $count } Konto würde hinzugefügt: zum Bestätigen --yes angeben
   *[other] { $count } Konten würden hinzugefügt: zum Bestätigen --yes angeben
}
cli-backup-restore-question = { $count ->
    [one] { $count } Konto hinzufügen?
   *[other] { $count } Konten hinzufügen?
}
cli-backup-nothing-restored = nichts wurde wiederhergestellt
cli-backup-restored = { $count ->
    [one] { $count } Konto wiederhergestellt
   *[other] { $count } Konten wiederhergestellt
}

## lock.rs

cli-lock-password = Passwort:{" "}
cli-lock-current-password = Aktuelles Passwort:{" "}
cli-lock-new-password = Neues Passwort:{" "}
cli-lock-unlocked = { $minutes ->
    [one] entsperrt; der Schlüssel wird nach { $minutes } Minute ohne Nutzung vergessen, oder mit `mfa-companion lock now`
   *[other] entsperrt; der Schlüssel wird nach { $minutes } Minuten ohne Nutzung vergessen, oder mit `mfa-companion lock now`
}
cli-lock-on-already = die App-Sperre ist bereits an: `lock change` ändert ihr Passwort
cli-lock-idle-range = --idle-minutes muss zwischen 1 und 1440 liegen
cli-lock-no-backup-warning = Warnung: ohne das Passwort sind die Konten verloren, und es sind keine automatischen Sicherungen eingerichtet (`mfa-companion backup configure --dir DIR` oder `mfa-companion export --format backup`)
cli-lock-no-backup-question = Die Sperre ohne Sicherung einschalten?
cli-lock-stays-off = die Sperre bleibt aus
cli-lock-enabled = die App-Sperre ist an (Argon2id, 64 MiB, { $passes ->
    [one] { $passes } Durchlauf
   *[other] { $passes } Durchläufe
}); der Schlüsselbund enthält den Schlüssel nicht mehr. Jetzt entsperrt, für { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} ohne Nutzung; `mfa-companion lock now` sperrt
cli-lock-disabled = die App-Sperre ist aus; der Schlüssel des Tresors liegt wieder im Schlüsselbund
cli-lock-changed = das Passwort wurde geändert
cli-lock-status-off = aus: der Schlüssel des Tresors liegt im Schlüsselbund
cli-lock-status-on-unlocked = { $minutes ->
    [one] an (entsperrt; vergessen nach { $minutes } Minute ohne Nutzung)
   *[other] an (entsperrt; vergessen nach { $minutes } Minuten ohne Nutzung)
}
cli-lock-status-on-locked = { $minutes ->
    [one] an (gesperrt; vergessen nach { $minutes } Minute ohne Nutzung)
   *[other] an (gesperrt; vergessen nach { $minutes } Minuten ohne Nutzung)
}
cli-lock-status-stray-key = ; WARNUNG: der Schlüsselbund enthält den Schlüssel noch: `mfa-companion lock disable` ausführen und die Sperre erneut einschalten
cli-lock-locked = gesperrt

## recovery.rs

cli-recovery-counts = { $label }: Wiederherstellungscodes: { $unused } unbenutzt, { $used } benutzt
cli-recovery-counts-low = { $label }: Wiederherstellungscodes: { $unused } unbenutzt, { $used } benutzt (werden knapp: neue Codes vom Server holen)
cli-recovery-show = Wiederherstellungscodes von { $label }:
cli-recovery-show-server = Wiederherstellungscodes von { $label } (Server { $server }):
cli-recovery-unused = unbenutzt
cli-recovery-used-at = benutzt am { $date }
cli-recovery-used-at-note = benutzt am { $date } ({ $note })
cli-recovery-by-hand = von Hand als benutzt markiert
cli-recovery-use-next = Wiederherstellungscode { $number } verwenden: { $code } (jetzt als benutzt markiert)
cli-recovery-marked = der Code für { $label } wurde als benutzt markiert
cli-recovery-none-given = keine Codes auf der Standardeingabe: eintippen oder per Pipe übergeben, einen pro Zeile
cli-recovery-added = { $count ->
    [one] { $count } Wiederherstellungscode für { $label } hinzugefügt ({ $stored } bereits gespeichert)
   *[other] { $count } Wiederherstellungscodes für { $label } hinzugefügt ({ $stored } bereits gespeichert)
}

## doctor.rs

cli-doctor-ok = ok    { $name }: { $detail }
cli-doctor-fail = FAIL  { $name }: { $detail }
cli-doctor-data-folder = Datenordner
cli-doctor-data-folder-ok = { $count ->
    [one] { $dir } ({ $count } Konto)
   *[other] { $dir } ({ $count } Konten)
}
cli-doctor-keychain = Schlüsselbund
cli-doctor-keychain-ok = Secret-Service-Rundlauf (schreiben, lesen, löschen, fehlender Eintrag) bestanden
cli-doctor-clock = Uhr
cli-doctor-clock-ok = { $now } (Unix-Zeit; { $date }); { $sync }
cli-doctor-enrollments = Registrierungen
cli-doctor-enrollments-none = keine offen
cli-doctor-enrollments-pending = { $count } offen: `mfa-companion list` zeigt sie, `enroll --resume` schließt sie ab
cli-doctor-problems = { $count ->
    [one] { $count } Prüfung fehlgeschlagen
   *[other] { $count } Prüfungen fehlgeschlagen
}
cli-doctor-vault = Tresor
cli-doctor-vault-ok = mit seinem Schlüssel geöffnet; { $count ->
    [one] { $count } Konto mit seinem Geheimnis
   *[other] { $count } Konten, jedes mit seinem Geheimnis
}; Wiederherstellungscodes für { $with_codes }; { $writes ->
    [one] { $writes }-mal geschrieben
   *[other] { $writes }-mal geschrieben
}
cli-doctor-vault-broken = kein brauchbares Geheimnis für: { $labels }; entfernen und erneut hinzufügen
cli-doctor-vault-locked = { $count ->
    [one] gesperrt: { $count } Konto aufgeführt; `mfa-companion unlock`, um die Geheimnisse zu prüfen
   *[other] gesperrt: { $count } Konten aufgeführt; `mfa-companion unlock`, um die Geheimnisse zu prüfen
}
cli-doctor-vault-note = Hinweis  Tresor: { $note }
cli-doctor-keychain-items = Schlüsselbund-Einträge
cli-doctor-keychain-items-ok = { $count ->
    [one] der Tresorschlüssel und { $count } Server-Token oder -Sitzung; kein Geheimnis eines Kontos
   *[other] der Tresorschlüssel und { $count } Server-Tokens oder -Sitzungen; kein Geheimnis eines Kontos
}
cli-doctor-repaired-items = { $count ->
    [one] repariert: { $count } Eintrag des alten Formats (ein Eintrag pro Geheimnis) gelöscht
   *[other] repariert: { $count } Einträge des alten Formats (ein Eintrag pro Geheimnis) gelöscht
}
cli-doctor-keychain-items-stray = { $count ->
    [one] { $count } Eintrag des alten Formats (ein Eintrag pro Geheimnis) gehört zu keinem Konto: `mfa-companion doctor --repair` löscht ihn
   *[other] { $count } Einträge des alten Formats (ein Eintrag pro Geheimnis) gehören zu keinem Konto: `mfa-companion doctor --repair` löscht sie
}
cli-doctor-previous = vorherige Version
cli-doctor-previous-kept = aufbewahrt als { $path }
cli-doctor-previous-none = noch keine (ab dem zweiten Schreiben aufbewahrt)
cli-doctor-app-lock = App-Sperre
cli-doctor-backups = Sicherungen
cli-doctor-lock-off = aus (`mfa-companion lock enable` legt den Schlüssel unter ein Passwort)
cli-doctor-lock-stray-key = an, aber der Schlüsselbund enthält noch den Tresorschlüssel: `mfa-companion lock disable` ausführen, dann erneut `lock enable`
cli-doctor-lock-on-locked = an, gesperrt; Argon2id 64 MiB x { $passes ->
    [one] { $passes } Durchlauf
   *[other] { $passes } Durchläufe
}; der Schlüssel wird nach { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} ohne Nutzung vergessen
cli-doctor-lock-on-unlocked = an, entsperrt; Argon2id 64 MiB x { $passes ->
    [one] { $passes } Durchlauf
   *[other] { $passes } Durchläufe
}; der Schlüssel wird nach { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} ohne Nutzung vergessen
cli-doctor-backups-off = aus (`mfa-companion backup configure --dir DIR` schreibt nach jeder Änderung eine)
cli-doctor-backups-none = nach { $dir }; noch keine geschrieben
cli-doctor-backups-ok = nach { $dir }, { $keep ->
    [one] die neueste wird behalten
   *[other] die { $keep } neuesten werden behalten
}; letzte geprüfte Sicherung { $file } ({ $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
})
cli-doctor-backups-failed = die letzte Sicherung ist fehlgeschlagen: { $error }; Ihre Konten sind im Tresor sicher, aber führen Sie `mfa-companion backup now` aus, sobald der Ordner funktioniert
cli-doctor-repair = Reparatur
cli-doctor-no-previous = keine vorherige Version zum Wiederherstellen; { $then }
cli-doctor-previous-unusable = die vorherige Version ist auch nicht brauchbar ({ $error }); { $then }
cli-doctor-previous-holds = die vorherige Version (Schreibvorgang { $write }) enthält { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}: sie wiederherzustellen entfernt { $gone ->
    [one] { $gone } jetzt aufgeführtes Konto
   *[other] { $gone } jetzt aufgeführte Konten
}{ $gone_ids } und bringt { $back } zurück{ $back_ids }
cli-doctor-restore-question = Die vorherige Version wiederherstellen? (die beschädigte Datei bleibt als accounts.vault.damaged erhalten)
cli-doctor-restored = repariert: der Tresor wurde aus seiner vorherigen Version wiederhergestellt
cli-doctor-newest-backup = { $count ->
    [one] die neueste geprüfte Sicherung enthält { $count } Konto: den beschädigten Tresor beiseitelegen, dann `mfa-companion backup restore { $path }`
   *[other] die neueste geprüfte Sicherung enthält { $count } Konten: den beschädigten Tresor beiseitelegen, dann `mfa-companion backup restore { $path }`
}
cli-doctor-restore-a-backup = eine Sicherung wiederherstellen (`mfa-companion backup restore FILE` oder `mfa-companion import FILE`)

## transfer.rs

cli-transfer-password-stdin-unreadable = das Passwort kann nicht aus der Standardeingabe gelesen werden: { $error }
cli-transfer-password-stdin-empty = das Passwort auf der Standardeingabe ist leer
cli-transfer-cannot-ask = nach dem Passwort kann nicht gefragt werden ({ $error }): --password-stdin verwenden
cli-transfer-unreadable = { $path } kann nicht gelesen werden: { $error }
cli-transfer-file-password = Passwort der { $format }-Datei:{" "}
cli-transfer-deriving = Schlüssel für diese { $format }-Datei wird abgeleitet
cli-transfer-reading = diese { $format }-Datei wird gelesen
cli-transfer-password-stdin-path = --password-stdin braucht die Datei als Pfad, nicht `-`
cli-transfer-read = { $count ->
    [one] { $count } Eintrag gelesen ({ $format })
   *[other] { $count } Einträge gelesen ({ $format })
}
cli-transfer-read-encrypted = { $count ->
    [one] { $count } Eintrag gelesen ({ $format }, verschlüsselt)
   *[other] { $count } Einträge gelesen ({ $format }, verschlüsselt)
}
cli-transfer-would-import = würde { $label } importieren
cli-transfer-imported = { $label } importiert (ID { $id })
cli-transfer-recovery-restored = { $count ->
    [one] { $count } Wiederherstellungscode wiederhergestellt
   *[other] { $count } Wiederherstellungscodes wiederhergestellt
}
cli-transfer-skipped = { $label } übersprungen: bereits gespeichert (gleiches Geheimnis und gleicher Aussteller)
cli-transfer-unusable = { $label } konnte nicht importiert werden: { $reason }
cli-transfer-summary = { $count } importiert, { $duplicates ->
    [one] { $duplicates } Duplikat übersprungen
   *[other] { $duplicates } Duplikate übersprungen
}, { $unusable } nicht importierbar
cli-transfer-summary-dry-run = { $count } würden importiert, { $duplicates ->
    [one] { $duplicates } Duplikat übersprungen
   *[other] { $duplicates } Duplikate übersprungen
}, { $unusable } nicht importierbar (Probelauf: nichts wurde gespeichert)
cli-transfer-unknown-format = unbekanntes Exportformat
cli-transfer-out-needed = für das Format { $format } wird --out FILE gebraucht
cli-transfer-stdout = die Standardausgabe
cli-transfer-export-needs-yes = ein Export enthält alle Geheimnisse: zum Bestätigen --yes angeben
cli-transfer-export-question = { $count ->
    [one] { $count } Konto mit seinem Geheimnis nach { $target } exportieren ({ $format })?
   *[other] { $count } Konten mit ihren Geheimnissen nach { $target } exportieren ({ $format })?
}
cli-transfer-nothing-exported = nichts wurde exportiert
cli-transfer-plain-warning = Warnung: ein { $format }-Export enthält Ihre Geheimnisse im Klartext: Wer ihn liest, kann Ihre Codes erzeugen. In die andere App übernehmen und danach löschen.
cli-transfer-export-password = Passwort für den Export:{" "}
cli-transfer-export-password-again = Dasselbe Passwort noch einmal:{" "}
cli-transfer-passwords-differ = die Passwörter stimmen nicht überein; nichts wurde exportiert
cli-transfer-password-empty = das Passwort ist leer; nichts wurde exportiert
cli-transfer-writing = { $format }-Export wird geschrieben
cli-transfer-left-out = Warnung: { $label } wurde ausgelassen: { $reason }
cli-transfer-exported = { $count ->
    [one] { $count } Konto exportiert ({ $format }) nach { $files }
   *[other] { $count } Konten exportiert ({ $format }) nach { $files }
}

## scan.rs

cli-scan-asking = Hinweis: die Arbeitsumgebung wird um ein Bildschirmfoto gebeten (sie fragt Sie eventuell um Erlaubnis)
cli-scan-batch = Google-Authenticator-Export: Teil { $n } von { $of } gescannt
cli-scan-batch-more = Google-Authenticator-Export: Teil { $n } von { $of } gescannt; den nächsten Code zeigen und für den Rest erneut scannen
cli-scan-not-an-account = QR-Code mit { $what } übersprungen: kein Konto
cli-scan-already-stored = bereits gespeichert: { $label }
cli-scan-cannot-add = { $label } kann nicht hinzugefügt werden: { $reason }
cli-scan-nothing-new = nichts Neues hinzuzufügen
cli-scan-found = { $count ->
    [one] { $count } Konto gefunden:
   *[other] { $count } Konten gefunden:
}
cli-scan-needs-yes = nichts wurde hinzugefügt: im Terminal bestätigen, oder -y angeben, um alle hinzuzufügen
cli-scan-nothing-added = nichts wurde hinzugefügt

## icons.rs

cli-icons-chosen = ausgewählt
cli-icons-matched = über den Aussteller gefunden
cli-icons-none-matches = kein Symbol passt zum Aussteller
cli-icons-image = ein eigenes Bild ({ $kind }, { $bytes } Byte)
cli-icons-letter = den Buchstaben { $letter }
cli-icons-shows = { $label } (ID { $id }) zeigt { $what }: { $how }
cli-icons-no-match = kein Symbol der mitgelieferten Sammlung passt zu { $query }; Konten ohne Symbol zeigen ihren Buchstaben

## keyboard.rs

cli-keyboard-delay = --delay ist höchstens 60 Sekunden
cli-keyboard-typed = Code von { $label } eingetippt
cli-keyboard-searching = { $why }: die Schnellsuche wird geöffnet
cli-keyboard-window = das Fenster konnte nicht geöffnet werden ({ $error })

## agent.rs

cli-agent-asked-to-stop = der Agent wurde gebeten, sich zu beenden
cli-agent-none-runs = kein Agent läuft
cli-agent-autostart-on = der Agent startet bei der Anmeldung ({ $path }); jetzt starten mit `mfa-companion agent &`
cli-agent-autostart-off = der Agent startet nicht mehr bei der Anmeldung ({ $path } entfernt)

## docs.rs

cli-docs-cannot-write = { $path } kann nicht geschrieben werden: { $error }

## servers.rs

cli-servers-runtime = die Netzwerk-Laufzeit kann nicht gestartet werden: { $error }
cli-servers-token-prompt = Bearer-Token für { $name }:{" "}
cli-servers-token-unreadable = das Token kann nicht gelesen werden: { $error }
cli-servers-saved-sign-in = Server { $name } gespeichert ({ $api }, { $url }); anmelden mit `mfa-companion login --server { $name }`
cli-servers-saved-token = Server { $name } gespeichert ({ $api }, { $url }); sein Token liegt im Schlüsselbund des Systems
cli-servers-none-yet = noch keine Server: einen mit `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...` hinzufügen
cli-servers-list-login = { $who }  Login { $login }: { $session }
cli-servers-removed = Server { $name } entfernt
cli-servers-token-left = Warnung: sein Token konnte nicht aus dem Schlüsselbund gelöscht werden ({ $error })
cli-servers-refused-refreshed = der Server hat ein gerade erneuertes Token abgelehnt ({ $error })
cli-servers-mfa-enabled = MFA aktiviert
cli-servers-mfa-not-enabled = MFA nicht aktiviert
cli-servers-preferred = bevorzugt { $method }
cli-servers-methods = Methoden { $methods }
cli-servers-required = von der Organisation verlangt

## signin.rs

cli-signin-until-minutes = { $time } UTC, in { $count } min
cli-signin-until-seconds = { $time } UTC, in { $count } s
cli-signin-answered-code = MFA-Abfrage mit Ihrem Code für { $account } beantwortet
cli-signin-answered-code-retried = MFA-Abfrage mit Ihrem Code für { $account } beantwortet (der erste wurde an einer Intervallgrenze abgelehnt; der nächste wurde angenommen)
cli-signin-answered-recovery = MFA-Abfrage mit einem Wiederherstellungscode von { $account } beantwortet: er ist jetzt als benutzt markiert; { $left } von { $total } übrig
cli-signin-recovery-low = { $count ->
    [one] Warnung: nur noch { $count } unbenutzter Wiederherstellungscode für { $account }: neue vom Server holen und hinzufügen (`mfa-companion recovery add`)
   *[other] Warnung: nur noch { $count } unbenutzte Wiederherstellungscodes für { $account }: neue vom Server holen und hinzufügen (`mfa-companion recovery add`)
}
cli-signin-answered-passcode = MFA-Abfrage mit dem per { $via } gesendeten Code beantwortet
cli-signin-signed-in = bei { $server } als { $who } angemeldet bis { $until }; die Sitzung liegt im Schlüsselbund des Systems
cli-signin-password-prompt = Passwort für { $who } bei { $server }:{" "}
cli-signin-no-password = kein Passwort angegeben: eintippen, oder als erste Zeile der Standardeingabe übergeben
cli-signin-clock-behind = Warnung: die Uhr dieses Computers geht { $seconds } s hinter der des Servers: der Code wird mit der Zeit des Servers berechnet
cli-signin-clock-ahead = Warnung: die Uhr dieses Computers geht { $seconds } s vor der des Servers: der Code wird mit der Zeit des Servers berechnet
cli-signin-passcode-prompt = Code, den der Server per { $via } gesendet hat:{" "}
cli-signin-not-signed-in = nicht bei { $server } angemeldet: nichts zu tun
cli-signin-signed-out = von { $server } abgemeldet: der Server hat die Sitzung beendet und ihre Tokens sind vergessen
cli-signin-signed-out-here = von { $server } abgemeldet: ihre Tokens sind hier vergessen
cli-signin-server-not-told = Warnung: der Server konnte nicht benachrichtigt werden, die Sitzung kann dort also bis zu ihrem Ablauf gültig bleiben ({ $error })
cli-signin-session-signed-in = angemeldet als { $who }
cli-signin-session-signed-out = abgemeldet
cli-signin-session-unreadable = Sitzung nicht lesbar ({ $error })

## enroll.rs

cli-enroll-passcode-prompt-sms = Code, den der Server per SMS gesendet hat:{" "}
cli-enroll-passcode-prompt-email = Code, den der Server per E-Mail gesendet hat:{" "}
cli-enroll-passcode-unreadable = der Code kann nicht gelesen werden: { $error }
cli-enroll-no-passcode-sms = kein Code angegeben: --passcode angeben, oder den Code aus der SMS eintippen
cli-enroll-no-passcode-email = kein Code angegeben: --passcode angeben, oder den Code aus der E-Mail eintippen
cli-enroll-setup-account = Konto { $account } (ID { $id }) im Schlüsselbund gespeichert
cli-enroll-setup-codes = { $count ->
    [one] { $count } Wiederherstellungscode im Tresor gesichert
   *[other] { $count } Wiederherstellungscodes im Tresor gesichert
}
cli-enroll-setup = setup: { $done }
cli-enroll-clock-behind = Warnung: die Uhr dieses Computers geht { $seconds } s hinter der des Servers: der Code wird mit der Zeit des Servers berechnet; stellen Sie die Uhr, damit Codes auch anderswo funktionieren
cli-enroll-clock-ahead = Warnung: die Uhr dieses Computers geht { $seconds } s vor der des Servers: der Code wird mit der Zeit des Servers berechnet; stellen Sie die Uhr, damit Codes auch anderswo funktionieren
cli-enroll-verified = verify: der Server hat den Code angenommen
cli-enroll-enabled-code = enable: MFA aktiviert (Wiederherstellungscode { $number } von { $total } wurde gesendet und ist als benutzt markiert)
cli-enroll-enabled = enable: MFA aktiviert
cli-enroll-already-done = { $step }: bereits vom unterbrochenen Versuch erledigt
cli-enroll-status = status: { $status }
cli-enroll-no-pending = keine offene Registrierung passt: siehe `mfa-companion list`
cli-enroll-ambiguous = { $count } Registrierungen sind offen: eine angeben: { $list }
cli-enroll-discarded = Registrierung { $id } bei { $server } verworfen
cli-enroll-discarded-removed = { $discarded }; entfernt: { $removed }
cli-enroll-and = und
cli-enroll-give-server = --server NAME angeben
cli-enroll-resuming = Registrierung { $id } bei { $server } wird fortgesetzt ({ $step })
cli-enroll-enrolling = Registrierung bei { $server } ({ $api }, { $type })
cli-enroll-refused-refreshed = der Server hat ein gerade erneuertes Token abgelehnt
cli-enroll-pending = offene Registrierung { $id } bei { $server } ({ $type }): { $step }; `mfa-companion enroll --resume { $id }`
cli-enroll-pending-failed = { $pending } (letzter Versuch fehlgeschlagen: { $code })
cli-enroll-pending-unreadable = Warnung: offene Registrierungen können nicht gelesen werden: { $error } [{ $code }]

## progress.rs

cli-progress-line = { $what }… { $seconds } s

## main.rs: no subcommand and no window to open
cli-desktop-missing = das Fenster ({ $file }) ist nicht neben diesem Programm installiert: bauen Sie es mit `cargo build` (Feature `desktop`) oder nutzen Sie die Kommandozeile: `mfa-companion --help`
cli-desktop-start = { $path } konnte nicht gestartet werden: { $error }
