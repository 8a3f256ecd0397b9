//! Guards the resident agent's tray and window on demand: this test owns
//! `org.kde.StatusNotifierWatcher` (a tray host's side) and reads and clicks the tray
//! menu through `com.canonical.dbusmenu`; the copied code is read from the real X
//! clipboard; the window is closed through its X close request.

use std::collections::HashMap;
use std::time::Duration;

use zbus::zvariant::OwnedValue;

mod common;
use common::desk::{assert_no_code_or_secret, clipboard, now, ping, wait_for, Desk, SECRET};
use common::desktop::{
    alive, bus, call, call_at, children_of, click, close_until, comm, desktop_services, menu,
    try_click, window_shown,
};

#[test]
fn a_pinned_account_in_the_tray_menu_copies_its_code_and_the_clipboard_is_cleared() {
    let desk = Desk::new();
    let github = desk.add(&format!(
        "otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
    ));
    desk.add(&format!(
        "otpauth://totp/Acme:bob?secret={SECRET}&issuer=Acme"
    ));
    let (_services, seen) = desktop_services();
    let agent = desk.agent();
    wait_for("the tray item's registration", || {
        !seen.items.lock().unwrap().is_empty()
    });
    let item = seen.items.lock().unwrap()[0].clone();

    // Nothing pinned or copied yet: a hint, then the fixed entries.
    let labels: Vec<String> = menu(&item).into_iter().map(|(_, l, _)| l).collect();
    assert_eq!(
        labels[1..],
        [
            "",
            "Scan screen for a QR code…",
            "Search…",
            "Open MFA Companion",
            "Quit agent"
        ]
    );
    // Pinned in the CLI (as in the window): the next menu lists it.
    desk.env.ok(&["pin", "github"]);
    let entries = menu(&item);
    let (id, label, _) = entries[0].clone();
    assert_eq!(label, "GitHub (alice)");

    let t0 = now();
    click(&item, id);
    let t1 = now();
    let codes = desk.codes_at("github", &[t0, t1]);
    let copied = clipboard().unwrap();
    assert!(
        codes.contains(&copied),
        "the tray copied {copied}, not one of {codes:?}"
    );
    // Cleared after the user's delay (3 s here).
    wait_for("the clipboard to be cleared", || {
        clipboard().unwrap_or_default() != copied
    });
    assert!(t0 + 2 <= now(), "cleared too soon");

    // No code in the item's properties, the menu or the notification; none in the
    // trace-level log either.
    let props: HashMap<String, OwnedValue> = call_at(
        bus(),
        &item,
        "/StatusNotifierItem",
        "org.freedesktop.DBus.Properties",
        "GetAll",
        &("org.kde.StatusNotifierItem",),
    )
    .unwrap();
    let codes = desk.codes_at("github", &[now() - 30, now(), now() + 30]);
    assert_no_code_or_secret("the tray item's properties", &format!("{props:?}"), &codes);
    let labels = format!("{:?}", menu(&item));
    assert_no_code_or_secret("the tray menu", &labels, &codes);
    let notes = format!("{:?}", seen.notifications.lock().unwrap());
    assert!(notes.contains("Code for GitHub copied"), "{notes}");
    assert_no_code_or_secret("the notifications", &notes, &codes);
    let log = std::fs::read_to_string(desk.log()).unwrap();
    assert!(
        log.contains("TRACE") || log.contains("DEBUG"),
        "the log is at trace level"
    );
    assert_no_code_or_secret("the agent's log", &log, &codes);

    // "Show codes in the tray menu" on: the label carries the current code.
    desk.settings(r#"{"clipboard_clear_secs": 3, "tray_show_codes": true}"#);
    let t0 = now();
    let label = menu(&item)[0].1.clone();
    let codes = desk.codes_at("github", &[t0, now()]);
    assert!(
        codes
            .iter()
            .any(|c| label == format!("GitHub (alice) — {c}")),
        "{label}"
    );

    // With nothing pinned, the recently copied accounts are listed.
    desk.env.ok(&["unpin", "github"]);
    assert_eq!(menu(&item)[0].1.split(" —").next(), Some("GitHub (alice)"));

    // "Quit agent" ends it.
    let quit = menu(&item)
        .into_iter()
        .find(|(_, l, _)| l == "Quit agent")
        .unwrap()
        .0;
    // The agent may be gone before its reply is.
    let _ = try_click(&item, quit);
    let mut agent = agent;
    wait_for("the agent to exit", || {
        matches!(agent.child.try_wait(), Ok(Some(_)))
    });
    let _ = github;
}

#[test]
fn closing_the_window_ends_its_processes_while_the_agent_stays() {
    let desk = Desk::new();
    let agent = desk.agent();
    let _: () = call(
        bus(),
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "OpenWindow",
        &(false,),
    )
    .unwrap();
    let agent_pid = agent.child.id();
    let mut window = 0;
    wait_for("the window's process", || {
        window = children_of(agent_pid)
            .into_iter()
            .find(|p| comm(*p).starts_with("mfa-companion-d"))
            .unwrap_or(0);
        window != 0
    });
    wait_for("the window on screen", || window_shown("MFA Companion"));
    let webkit = children_of(window);
    assert!(
        !webkit.is_empty(),
        "WebKit's web and network processes run under the window"
    );
    assert!(
        close_until("MFA Companion", Duration::from_secs(30), || !alive(window)),
        "the window's process ends when its window is closed"
    );
    for p in webkit {
        wait_for("WebKit's processes to end", || !alive(p));
    }
    assert!(ping().is_some(), "the agent stays");
}

#[test]
fn a_signed_in_server_offers_copy_access_token_in_the_tray() {
    use identity_sandbox::config::{Config, DEMO_PASSWORD, DEMO_USERNAME};
    let desk = Desk::new();
    let (url, sandbox) = identity_sandbox::start_in_background(Config::default()).unwrap();
    let auth = format!("{url}/auth");
    desk.env.ok(&[
        "server",
        "add",
        "work",
        "--api",
        "lerian",
        "--url",
        &url,
        "--auth-url",
        &auth,
        "--login",
        DEMO_USERNAME,
    ]);
    let (_services, seen) = desktop_services();
    let agent = desk.agent();
    wait_for("the tray item's registration", || {
        !seen.items.lock().unwrap().is_empty()
    });
    let item = seen.items.lock().unwrap()[0].clone();
    let copy_entry = |item: &str| {
        menu(item)
            .into_iter()
            .find(|(_, l, _)| l.starts_with("Copy access token"))
    };
    assert!(copy_entry(&item).is_none(), "signed out: no entry");
    let out = desk.env.run_stdin(
        &["login", "--server", "work"],
        &format!("{DEMO_PASSWORD}\n"),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let (id, label, _) = copy_entry(&item).expect("signed in: the entry is listed");
    assert_eq!(label, "Copy access token: work");
    click(&item, id);
    let token = desk
        .env
        .ok(&["token", "--server", "work"])
        .trim()
        .to_owned();
    wait_for("the token on the clipboard", || {
        clipboard().unwrap_or_default() == token
    });
    assert!(sandbox.state().issued_tokens.contains(&token));
    let notes = format!("{:?}", seen.notifications.lock().unwrap());
    assert!(notes.contains("Access token of work copied"), "{notes}");
    assert!(!notes.contains(&token), "no token in a notification");
    wait_for("the clipboard to be cleared", || {
        clipboard().unwrap_or_default() != token
    });
    let log = std::fs::read_to_string(desk.log()).unwrap();
    assert!(!log.contains(&token), "no token in the agent's log");
    desk.env.ok(&["logout", "--server", "work"]);
    assert!(copy_entry(&item).is_none(), "signed out again: no entry");
    drop(agent);
    desk.env.ok(&["server", "remove", "work"]);
}

#[test]
fn the_tray_and_its_notifications_speak_the_desktops_language() {
    let desk = Desk::new();
    desk.add(&format!(
        "otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
    ));
    let (_services, seen) = desktop_services();
    let _agent = desk.agent_with(&[("LC_ALL", "pt_BR.UTF-8")]);
    wait_for("the tray item's registration", || {
        !seen.items.lock().unwrap().is_empty()
    });
    let item = seen.items.lock().unwrap()[0].clone();
    let labels: Vec<String> = menu(&item).into_iter().map(|(_, l, _)| l).collect();
    assert_eq!(
        labels,
        [
            "Fixe contas na janela para listá-las aqui",
            "",
            "Ler QR code na tela…",
            "Pesquisar…",
            "Abrir o MFA Companion",
            "Encerrar o agente"
        ]
    );
    desk.env.ok(&["pin", "github"]);
    let (id, _, _) = menu(&item)[0].clone();
    click(&item, id);
    wait_for("the notification", || {
        !seen.notifications.lock().unwrap().is_empty()
    });
    let notes = format!("{:?}", seen.notifications.lock().unwrap());
    assert!(notes.contains("Código de GitHub copiado"), "{notes}");
    assert!(
        notes.contains("Apagado da área de transferência em 3 segundos"),
        "{notes}"
    );
}
