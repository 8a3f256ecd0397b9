# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.
# Termes comme la fenêtre les emploie : compte, code, code de secours, coffre, trousseau,
# sauvegarde, verrouillage de l’app, serveur, étiquette, note, épingler.

## mod.rs

cli-mod-error = erreur : { $message } [{ $code }]
cli-mod-stdout = impossible d’écrire sur la sortie standard : { $error }
cli-mod-stdin = impossible de lire l’entrée standard : { $error }
cli-mod-confirm-hint = [o/N]
cli-mod-confirm-yes = o oui

## accounts.rs

cli-accounts-uri-or-manual = indiquez soit une URI otpauth, soit --issuer/--account, pas les deux
cli-accounts-nothing-to-add = rien à ajouter : indiquez une URI otpauth, `-` pour lire des URI sur l’entrée standard, ou --issuer/--account avec le secret sur l’entrée standard
cli-accounts-added = compte { $label } ajouté (id { $id })
cli-accounts-weak-secret = avertissement : le secret de { $label } ne fait que { $bits } bits ; 128 ou plus est recommandé
cli-accounts-bad-line = ligne { $line } : { $message } ; rien n’a été ajouté
cli-accounts-no-uri-on-stdin = aucune URI otpauth sur l’entrée standard ; rien n’a été ajouté
cli-accounts-secret-prompt = Secret (base32) :{" "}
cli-accounts-secret-unreadable = impossible de lire le secret : { $error }
cli-accounts-secret-stdin-unreadable = impossible de lire le secret sur l’entrée standard : { $error }
cli-accounts-no-tagged = aucun compte ne porte l’étiquette { $tag } : voir `mfa-companion tag`
cli-accounts-none-yet = aucun compte pour l’instant : ajoutez-en un avec `mfa-companion add <URI otpauth>`
cli-accounts-list-counter = compteur { $counter }
cli-accounts-note = remarque : { $line }
cli-accounts-at-hotp = --at ne s’applique pas aux comptes HOTP (leurs codes suivent un compteur, pas l’horloge)
cli-accounts-remove-needs-yes = supprimer { $label } efface son secret pour de bon : passez --yes pour confirmer
cli-accounts-remove-question = Supprimer { $label } (id { $id }) et effacer son secret pour de bon ?
cli-accounts-nothing-removed = rien n’a été supprimé
cli-accounts-removed = compte { $label } supprimé (id { $id })
cli-accounts-recovery-codes-stay = { $count ->
    [one] remarque : son { $count } code de secours ({ $unused } inutilisé) reste dans le coffre : `mfa-companion recovery show { $id }`
   *[other] remarque : ses { $count } codes de secours ({ $unused } inutilisés) restent dans le coffre : `mfa-companion recovery show { $id }`
}
cli-accounts-rename-what = indiquez --issuer et/ou --account
cli-accounts-renamed = { $old } renommé en { $new }
cli-accounts-pinned = { $label } épinglé (id { $id })
cli-accounts-unpinned = { $label } désépinglé (id { $id })
cli-accounts-no-tags = { $label } (id { $id }) n’a pas d’étiquette
cli-accounts-tags = { $label } (id { $id }) : { $tags }
cli-accounts-no-note = { $label } (id { $id }) n’a pas de note
cli-accounts-note-saved = note enregistrée pour { $label } (id { $id })
cli-accounts-note-removed = note retirée de { $label } (id { $id })

## backup.rs

cli-backup-again = Encore une fois :{" "}
cli-backup-passwords-differ = les deux mots de passe diffèrent : rien n’a été changé
cli-backup-password-new = Mot de passe des sauvegardes :{" "}
cli-backup-password-empty = un mot de passe vide ne protège rien
cli-backup-configured = { $keep ->
    [one] les sauvegardes vont dans { $dir } après chaque modification (la plus récente est gardée) ; le mot de passe n’est pas enregistré : sans lui, elles ne peuvent pas être restaurées
   *[other] les sauvegardes vont dans { $dir } après chaque modification (les { $keep } plus récentes sont gardées) ; le mot de passe n’est pas enregistré : sans lui, elles ne peuvent pas être restaurées
}
cli-backup-none-yet = aucune sauvegarde pour l’instant : `mfa-companion backup now` en écrit une
cli-backup-list-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
cli-backup-list-accounts-unknown = ? comptes
cli-backup-list-verified = vérifiée
cli-backup-list-unreadable = PAS lisible avec le mot de passe actuel
cli-backup-disabled = les sauvegardes automatiques sont désactivées ; celles déjà écrites restent où elles sont
cli-backup-written = { $count ->
    [one] { $path } écrite et vérifiée ({ $count } compte)
   *[other] { $path } écrite et vérifiée ({ $count } comptes)
}
cli-backup-written-pruned = { $count ->
    [one] { $path } écrite et vérifiée ({ $count } compte)
   *[other] { $path } écrite et vérifiée ({ $count } comptes)
} ; { $pruned ->
    [one] { $pruned } sauvegarde plus ancienne effacée
   *[other] { $pruned } sauvegardes plus anciennes effacées
}
cli-backup-current = la sauvegarde la plus récente contient déjà les comptes actuels : { $path }
cli-backup-password = Mot de passe de la sauvegarde :{" "}
cli-backup-deriving = dérivation de la clé de cette sauvegarde
cli-backup-plan-add = ajouter    { $label }
cli-backup-plan-exists = existe     { $label } (gardé tel quel)
cli-backup-plan-skip = ignoré     { $label } : { $reason }
cli-backup-plan-count = { $count ->
    [one] { $count } compte à ajouter ; rien n’a été changé
   *[other] { $count } comptes à ajouter ; rien n’a été changé
}
cli-backup-restore-needs-yes = { $count ->
    [one] { $count } compte serait ajouté : passez --yes pour confirmer
   *[other] { $count } comptes seraient ajoutés : passez --yes pour confirmer
}
cli-backup-restore-question = { $count ->
    [one] Ajouter { $count } compte ?
   *[other] Ajouter { $count } comptes ?
}
cli-backup-nothing-restored = rien n’a été restauré
cli-backup-restored = { $count ->
    [one] { $count } compte restauré
   *[other] { $count } comptes restaurés
}

## lock.rs

cli-lock-password = Mot de passe :{" "}
cli-lock-current-password = Mot de passe actuel :{" "}
cli-lock-new-password = Nouveau mot de passe :{" "}
cli-lock-unlocked = { $minutes ->
    [one] déverrouillé ; la clé est oubliée après { $minutes } minute sans utilisation, ou avec `mfa-companion lock now`
   *[other] déverrouillé ; la clé est oubliée après { $minutes } minutes sans utilisation, ou avec `mfa-companion lock now`
}
cli-lock-on-already = le verrouillage de l’app est déjà activé : `lock change` change son mot de passe
cli-lock-idle-range = --idle-minutes doit aller de 1 à 1440
cli-lock-no-backup-warning = avertissement : sans le mot de passe, les comptes sont perdus, et aucune sauvegarde automatique n’est configurée (`mfa-companion backup configure --dir DIR`, ou `mfa-companion export --format backup`)
cli-lock-no-backup-question = Activer le verrouillage sans sauvegarde ?
cli-lock-stays-off = le verrouillage reste désactivé
cli-lock-enabled = le verrouillage de l’app est activé (Argon2id, 64 Mio, { $passes ->
    [one] { $passes } passe
   *[other] { $passes } passes
}) ; le trousseau ne contient plus la clé. Déverrouillé maintenant, pour { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} sans utilisation ; `mfa-companion lock now` verrouille
cli-lock-disabled = le verrouillage de l’app est désactivé ; la clé du coffre est de nouveau dans le trousseau
cli-lock-changed = le mot de passe a été changé
cli-lock-status-off = désactivé : la clé du coffre est dans le trousseau
cli-lock-status-on-unlocked = { $minutes ->
    [one] activé (déverrouillé ; oublié après { $minutes } minute sans utilisation)
   *[other] activé (déverrouillé ; oublié après { $minutes } minutes sans utilisation)
}
cli-lock-status-on-locked = { $minutes ->
    [one] activé (verrouillé ; oublié après { $minutes } minute sans utilisation)
   *[other] activé (verrouillé ; oublié après { $minutes } minutes sans utilisation)
}
cli-lock-status-stray-key = {" "}; ATTENTION : le trousseau contient encore la clé : lancez `mfa-companion lock disable` puis réactivez-le
cli-lock-locked = verrouillé

## recovery.rs

cli-recovery-counts = { $label } : codes de secours : { $unused ->
    [one] { $unused } inutilisé
   *[other] { $unused } inutilisés
}, { $used ->
    [one] { $used } utilisé
   *[other] { $used } utilisés
}
cli-recovery-counts-low = { $label } : codes de secours : { $unused ->
    [one] { $unused } inutilisé
   *[other] { $unused } inutilisés
}, { $used ->
    [one] { $used } utilisé
   *[other] { $used } utilisés
} (il en reste peu : demandez de nouveaux codes au serveur)
cli-recovery-show = codes de secours de { $label } :
cli-recovery-show-server = codes de secours de { $label } (serveur { $server }) :
cli-recovery-unused = inutilisé
cli-recovery-used-at = utilisé le { $date }
cli-recovery-used-at-note = utilisé le { $date } ({ $note })
cli-recovery-by-hand = marqué utilisé à la main
cli-recovery-use-next = utilisez le code de secours { $number } : { $code } (maintenant marqué utilisé)
cli-recovery-marked = le code a été marqué utilisé pour { $label }
cli-recovery-none-given = aucun code sur l’entrée standard : tapez-les ou envoyez-les par un tube, un par ligne
cli-recovery-added = { $count ->
    [one] { $count } code de secours ajouté pour { $label } ({ $stored } déjà enregistrés)
   *[other] { $count } codes de secours ajoutés pour { $label } ({ $stored } déjà enregistrés)
}

## doctor.rs

cli-doctor-ok = ok    { $name } : { $detail }
cli-doctor-fail = FAIL  { $name } : { $detail }
cli-doctor-data-folder = dossier de données
cli-doctor-data-folder-ok = { $count ->
    [one] { $dir } ({ $count } compte)
   *[other] { $dir } ({ $count } comptes)
}
cli-doctor-keychain = trousseau
cli-doctor-keychain-ok = aller-retour Secret Service (écrire, lire, effacer, entrée absente) réussi
cli-doctor-clock = horloge
cli-doctor-clock-ok = { $now } (heure Unix ; { $date }) ; { $sync }
cli-doctor-enrollments = inscriptions
cli-doctor-enrollments-none = aucune en attente
cli-doctor-enrollments-pending = { $count } en attente : `mfa-companion list` les montre, `enroll --resume` les termine
cli-doctor-problems = { $count ->
    [one] { $count } vérification a échoué
   *[other] { $count } vérifications ont échoué
}
cli-doctor-vault = coffre
cli-doctor-vault-ok = ouvert avec sa clé ; { $count ->
    [one] { $count } compte, avec son secret
   *[other] { $count } comptes, chacun avec son secret
} ; codes de secours pour { $with_codes } ; écrit { $writes } fois
cli-doctor-vault-broken = aucun secret utilisable pour : { $labels } ; supprimez-les et ajoutez-les de nouveau
cli-doctor-vault-locked = { $count ->
    [one] verrouillé : { $count } compte listé ; `mfa-companion unlock` pour vérifier leurs secrets
   *[other] verrouillé : { $count } comptes listés ; `mfa-companion unlock` pour vérifier leurs secrets
}
cli-doctor-vault-note = remarque  coffre : { $note }
cli-doctor-keychain-items = entrées du trousseau
cli-doctor-keychain-items-ok = { $count ->
    [one] la clé du coffre et { $count } jeton ou session de serveur ; aucun secret de compte
   *[other] la clé du coffre et { $count } jetons ou sessions de serveur ; aucun secret de compte
}
cli-doctor-repaired-items = { $count ->
    [one] réparé : { $count } entrée de l’ancien format (une entrée par secret) effacée
   *[other] réparé : { $count } entrées de l’ancien format (une entrée par secret) effacées
}
cli-doctor-keychain-items-stray = { $count ->
    [one] { $count } entrée de l’ancien format (une entrée par secret) n’appartient à aucun compte : `mfa-companion doctor --repair` l’efface
   *[other] { $count } entrées de l’ancien format (une entrée par secret) n’appartiennent à aucun compte : `mfa-companion doctor --repair` les efface
}
cli-doctor-previous = version précédente
cli-doctor-previous-kept = gardée sous { $path }
cli-doctor-previous-none = aucune pour l’instant (gardée à partir de la deuxième écriture)
cli-doctor-app-lock = verrouillage de l’app
cli-doctor-backups = sauvegardes
cli-doctor-lock-off = désactivé (`mfa-companion lock enable` place la clé sous un mot de passe)
cli-doctor-lock-stray-key = activé, mais le trousseau contient encore la clé du coffre : lancez `mfa-companion lock disable`, puis de nouveau `lock enable`
cli-doctor-lock-on-locked = activé, verrouillé ; Argon2id 64 Mio x { $passes ->
    [one] { $passes } passe
   *[other] { $passes } passes
} ; la clé est oubliée après { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d’inactivité
cli-doctor-lock-on-unlocked = activé, déverrouillé ; Argon2id 64 Mio x { $passes ->
    [one] { $passes } passe
   *[other] { $passes } passes
} ; la clé est oubliée après { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d’inactivité
cli-doctor-backups-off = désactivées (`mfa-companion backup configure --dir DIR` en écrit une après chaque modification)
cli-doctor-backups-none = dans { $dir } ; aucune écrite pour l’instant
cli-doctor-backups-ok = dans { $dir }, { $keep ->
    [one] la plus récente gardée
   *[other] les { $keep } plus récentes gardées
} ; dernière sauvegarde vérifiée { $file } ({ $count ->
    [one] { $count } compte
   *[other] { $count } comptes
})
cli-doctor-backups-failed = la dernière sauvegarde a échoué : { $error } ; vos comptes sont en sécurité dans le coffre, mais lancez `mfa-companion backup now` dès que le dossier fonctionne
cli-doctor-repair = réparation
cli-doctor-no-previous = aucune version précédente à restaurer ; { $then }
cli-doctor-previous-unusable = la version précédente n’est pas utilisable non plus ({ $error }) ; { $then }
cli-doctor-previous-holds = la version précédente (écriture { $write }) contient { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
} : la restaurer retire { $gone ->
    [one] { $gone } compte listé maintenant
   *[other] { $gone } comptes listés maintenant
}{ $gone_ids } et en ramène { $back }{ $back_ids }
cli-doctor-restore-question = Restaurer la version précédente ? (le fichier endommagé est gardé sous accounts.vault.damaged)
cli-doctor-restored = réparé : le coffre a été restauré depuis sa version précédente
cli-doctor-newest-backup = { $count ->
    [one] la sauvegarde vérifiée la plus récente contient { $count } compte : mettez le coffre endommagé de côté, puis `mfa-companion backup restore { $path }`
   *[other] la sauvegarde vérifiée la plus récente contient { $count } comptes : mettez le coffre endommagé de côté, puis `mfa-companion backup restore { $path }`
}
cli-doctor-restore-a-backup = restaurez une sauvegarde (`mfa-companion backup restore FILE` ou `mfa-companion import FILE`)

## transfer.rs

cli-transfer-password-stdin-unreadable = impossible de lire le mot de passe sur l’entrée standard : { $error }
cli-transfer-password-stdin-empty = le mot de passe sur l’entrée standard est vide
cli-transfer-cannot-ask = impossible de demander le mot de passe ({ $error }) : utilisez --password-stdin
cli-transfer-unreadable = impossible de lire { $path } : { $error }
cli-transfer-file-password = Mot de passe du fichier { $format } :{" "}
cli-transfer-deriving = dérivation de la clé de ce fichier { $format }
cli-transfer-reading = lecture de ce fichier { $format }
cli-transfer-password-stdin-path = --password-stdin demande le fichier sous forme de chemin, pas `-`
cli-transfer-read = { $count ->
    [one] { $count } entrée lue ({ $format })
   *[other] { $count } entrées lues ({ $format })
}
cli-transfer-read-encrypted = { $count ->
    [one] { $count } entrée lue ({ $format }, chiffré)
   *[other] { $count } entrées lues ({ $format }, chiffré)
}
cli-transfer-would-import = importerait { $label }
cli-transfer-imported = { $label } importé (id { $id })
cli-transfer-recovery-restored = { $count ->
    [one] { $count } code de secours restauré
   *[other] { $count } codes de secours restaurés
}
cli-transfer-skipped = { $label } ignoré : déjà enregistré (même secret et même émetteur)
cli-transfer-unusable = impossible d’importer { $label } : { $reason }
cli-transfer-summary = { $count ->
    [one] { $count } importé
   *[other] { $count } importés
}, { $duplicates ->
    [one] { $duplicates } doublon ignoré
   *[other] { $duplicates } doublons ignorés
}, { $unusable ->
    [one] { $unusable } n’a pas pu être importé
   *[other] { $unusable } n’ont pas pu être importés
}
cli-transfer-summary-dry-run = { $count ->
    [one] { $count } serait importé
   *[other] { $count } seraient importés
}, { $duplicates ->
    [one] { $duplicates } doublon ignoré
   *[other] { $duplicates } doublons ignorés
}, { $unusable ->
    [one] { $unusable } n’a pas pu être importé
   *[other] { $unusable } n’ont pas pu être importés
} (simulation : rien n’a été enregistré)
cli-transfer-unknown-format = format d’export inconnu
cli-transfer-out-needed = --out FILE est nécessaire pour le format { $format }
cli-transfer-stdout = la sortie standard
cli-transfer-export-needs-yes = un export contient tous les secrets : passez --yes pour confirmer
cli-transfer-export-question = { $count ->
    [one] Exporter { $count } compte avec son secret vers { $target } ({ $format }) ?
   *[other] Exporter { $count } comptes avec leurs secrets vers { $target } ({ $format }) ?
}
cli-transfer-nothing-exported = rien n’a été exporté
cli-transfer-plain-warning = avertissement : un export { $format } contient vos secrets en clair : quiconque le lit peut générer vos codes. Transférez-le dans l’autre application, puis supprimez-le.
cli-transfer-export-password = Mot de passe de l’export :{" "}
cli-transfer-export-password-again = Le même mot de passe encore une fois :{" "}
cli-transfer-passwords-differ = les mots de passe diffèrent ; rien n’a été exporté
cli-transfer-password-empty = le mot de passe est vide ; rien n’a été exporté
cli-transfer-writing = écriture de l’export { $format }
cli-transfer-left-out = avertissement : { $label } a été laissé de côté : { $reason }
cli-transfer-exported = { $count ->
    [one] { $count } compte exporté ({ $format }) vers { $files }
   *[other] { $count } comptes exportés ({ $format }) vers { $files }
}

## scan.rs

cli-scan-asking = remarque : demande d’une capture d’écran au bureau (il peut vous demander l’autorisation)
cli-scan-batch = export Google Authenticator : lot { $n } sur { $of } lu
cli-scan-batch-more = export Google Authenticator : lot { $n } sur { $of } lu ; affichez le code suivant et relancez la lecture pour le reste
cli-scan-not-an-account = code QR contenant { $what } ignoré : ce n’est pas un compte
cli-scan-already-stored = déjà enregistré : { $label }
cli-scan-cannot-add = impossible d’ajouter { $label } : { $reason }
cli-scan-nothing-new = rien de nouveau à ajouter
cli-scan-found = { $count ->
    [one] { $count } compte trouvé :
   *[other] { $count } comptes trouvés :
}
cli-scan-needs-yes = rien n’a été ajouté : confirmez dans un terminal, ou passez -y pour tous les ajouter
cli-scan-nothing-added = rien n’a été ajouté

## icons.rs

cli-icons-chosen = choisie
cli-icons-matched = trouvée d’après son émetteur
cli-icons-none-matches = aucune icône ne correspond à son émetteur
cli-icons-image = une image à vous ({ $kind }, { $bytes } octets)
cli-icons-letter = la lettre { $letter }
cli-icons-shows = { $label } (id { $id }) affiche { $what } : { $how }
cli-icons-no-match = aucune icône du jeu fourni ne correspond à { $query } ; les comptes sans icône affichent leur lettre

## keyboard.rs

cli-keyboard-delay = --delay vaut au plus 60 secondes
cli-keyboard-typed = code de { $label } tapé
cli-keyboard-searching = { $why } : ouverture de la recherche rapide
cli-keyboard-window = la fenêtre n’a pas pu s’ouvrir ({ $error })

## agent.rs

cli-agent-asked-to-stop = il a été demandé à l’agent de s’arrêter
cli-agent-none-runs = aucun agent ne tourne
cli-agent-autostart-on = l’agent démarre à l’ouverture de session ({ $path }) ; démarrez-le maintenant avec `mfa-companion agent &`
cli-agent-autostart-off = l’agent ne démarre plus à l’ouverture de session ({ $path } supprimé)

## docs.rs

cli-docs-cannot-write = impossible d’écrire { $path } : { $error }

## servers.rs

cli-servers-runtime = impossible de démarrer l’environnement réseau : { $error }
cli-servers-token-prompt = Jeton bearer pour { $name } :{" "}
cli-servers-token-unreadable = impossible de lire le jeton : { $error }
cli-servers-saved-sign-in = serveur { $name } enregistré ({ $api }, { $url }) ; connectez-vous avec `mfa-companion login --server { $name }`
cli-servers-saved-token = serveur { $name } enregistré ({ $api }, { $url }) ; son jeton est dans le trousseau du système
cli-servers-none-yet = aucun serveur pour l’instant : ajoutez-en un avec `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...`
cli-servers-list-login = { $who }  login { $login } : { $session }
cli-servers-removed = serveur { $name } supprimé
cli-servers-token-left = avertissement : son jeton n’a pas pu être effacé du trousseau ({ $error })
cli-servers-refused-refreshed = le serveur a refusé un jeton tout juste renouvelé ({ $error })
cli-servers-mfa-enabled = MFA activée
cli-servers-mfa-not-enabled = MFA non activée
cli-servers-preferred = préférée { $method }
cli-servers-methods = méthodes { $methods }
cli-servers-required = exigée par l’organisation

## signin.rs

cli-signin-until-minutes = { $time } UTC, dans { $count } min
cli-signin-until-seconds = { $time } UTC, dans { $count } s
cli-signin-answered-code = défi MFA relevé avec votre code pour { $account }
cli-signin-answered-code-retried = défi MFA relevé avec votre code pour { $account } (le premier a été refusé à un changement d’intervalle ; le suivant a été accepté)
cli-signin-answered-recovery = défi MFA relevé avec un code de secours de { $account } : il est maintenant marqué utilisé ; il en reste { $left } sur { $total }
cli-signin-recovery-low = { $count ->
    [one] avertissement : il ne reste que { $count } code de secours inutilisé pour { $account } : demandez-en de nouveaux au serveur et ajoutez-les (`mfa-companion recovery add`)
   *[other] avertissement : il ne reste que { $count } codes de secours inutilisés pour { $account } : demandez-en de nouveaux au serveur et ajoutez-les (`mfa-companion recovery add`)
}
cli-signin-answered-passcode = défi MFA relevé avec le code envoyé par { $via }
cli-signin-signed-in = connecté à { $server } en tant que { $who } jusqu’à { $until } ; la session est dans le trousseau du système
cli-signin-password-prompt = Mot de passe de { $who } sur { $server } :{" "}
cli-signin-no-password = aucun mot de passe donné : tapez-le, ou envoyez-le en première ligne de l’entrée standard
cli-signin-clock-behind = avertissement : l’horloge de cet ordinateur retarde de { $seconds } s sur celle du serveur : le code est calculé avec l’heure du serveur
cli-signin-clock-ahead = avertissement : l’horloge de cet ordinateur avance de { $seconds } s sur celle du serveur : le code est calculé avec l’heure du serveur
cli-signin-passcode-prompt = Code envoyé par le serveur par { $via } :{" "}
cli-signin-not-signed-in = pas connecté à { $server } : rien à faire
cli-signin-signed-out = déconnecté de { $server } : le serveur a fermé la session et ses jetons sont oubliés
cli-signin-signed-out-here = déconnecté de { $server } : ses jetons sont oubliés ici
cli-signin-server-not-told = avertissement : le serveur n’a pas pu être prévenu, la session peut donc y rester valide jusqu’à son expiration ({ $error })
cli-signin-session-signed-in = connecté en tant que { $who }
cli-signin-session-signed-out = déconnecté
cli-signin-session-unreadable = session illisible ({ $error })

## enroll.rs

cli-enroll-passcode-prompt-sms = Code envoyé par le serveur par SMS :{" "}
cli-enroll-passcode-prompt-email = Code envoyé par le serveur par e-mail :{" "}
cli-enroll-passcode-unreadable = impossible de lire le code : { $error }
cli-enroll-no-passcode-sms = aucun code donné : passez --passcode, ou tapez le code reçu par SMS
cli-enroll-no-passcode-email = aucun code donné : passez --passcode, ou tapez le code reçu par e-mail
cli-enroll-setup-account = compte { $account } (id { $id }) enregistré dans le trousseau
cli-enroll-setup-codes = { $count ->
    [one] { $count } code de secours enregistré dans le coffre
   *[other] { $count } codes de secours enregistrés dans le coffre
}
cli-enroll-setup = setup : { $done }
cli-enroll-clock-behind = avertissement : l’horloge de cet ordinateur retarde de { $seconds } s sur celle du serveur : le code est calculé avec l’heure du serveur ; réglez l’horloge pour que les codes fonctionnent ailleurs
cli-enroll-clock-ahead = avertissement : l’horloge de cet ordinateur avance de { $seconds } s sur celle du serveur : le code est calculé avec l’heure du serveur ; réglez l’horloge pour que les codes fonctionnent ailleurs
cli-enroll-verified = verify : le serveur a accepté le code
cli-enroll-enabled-code = enable : MFA activée (le code de secours { $number } sur { $total } a été envoyé et est marqué utilisé)
cli-enroll-enabled = enable : MFA activée
cli-enroll-already-done = { $step } : déjà fait par la tentative interrompue
cli-enroll-status = status : { $status }
cli-enroll-no-pending = aucune inscription en attente ne correspond : voir `mfa-companion list`
cli-enroll-ambiguous = { $count } inscriptions sont en attente : nommez-en une : { $list }
cli-enroll-discarded = inscription { $id } auprès de { $server } abandonnée
cli-enroll-discarded-removed = { $discarded } ; supprimé : { $removed }
cli-enroll-and = et
cli-enroll-give-server = indiquez --server NAME
cli-enroll-resuming = reprise de l’inscription { $id } auprès de { $server } ({ $step })
cli-enroll-enrolling = inscription auprès de { $server } ({ $api }, { $type })
cli-enroll-refused-refreshed = le serveur a refusé un jeton tout juste renouvelé
cli-enroll-pending = inscription en attente { $id } auprès de { $server } ({ $type }) : { $step } ; `mfa-companion enroll --resume { $id }`
cli-enroll-pending-failed = { $pending } (la dernière tentative a échoué : { $code })
cli-enroll-pending-unreadable = avertissement : impossible de lire les inscriptions en attente : { $error } [{ $code }]

## progress.rs

cli-progress-line = { $what }… { $seconds } s

## main.rs: no subcommand and no window to open
cli-desktop-missing = la fenêtre ({ $file }) n’est pas installée à côté de ce programme : compilez-la avec `cargo build` (fonctionnalité `desktop`) ou utilisez la ligne de commande : `mfa-companion --help`
cli-desktop-start = impossible de démarrer { $path } : { $error }
