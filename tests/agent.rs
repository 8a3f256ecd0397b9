//! Guards the resident agent end to end: the real binary on the private session bus,
//! the real keychain, the real X clipboard (under Xvfb), and this test standing in for
//! the desktop: it owns `org.kde.StatusNotifierWatcher` (the tray host's side) and
//! `org.freedesktop.Notifications`, and calls the agent's D-Bus objects as GNOME Shell,
//! KRunner and a tray host do.
//!
//! One agent per session bus: the tests take the shared `Env` lock one at a time. The
//! tray and the window are in `tests/agent_tray.rs`.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use zbus::blocking::Connection;
use zbus::zvariant::OwnedValue;

mod common;
use common::desk::{assert_no_code_or_secret, clipboard, now, ping, wait_for, Desk, SECRET};
use common::desktop::{bus, call, desktop_services, NAME};
use common::BIN;

#[test]
fn one_agent_per_session_answers_the_cli_the_gnome_search_and_krunner() {
    let desk = Desk::new();
    let github = desk.add(&format!(
        "otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
    ));
    let acme = desk.add(&format!(
        "otpauth://totp/Acme:bob?secret={SECRET}&issuer=Acme&digits=8"
    ));
    let (_services, seen) = desktop_services();
    let agent = desk.agent();

    // A second start says one runs and exits 0.
    let out = desk.cmd(&["agent"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("runs already"));

    // The CLI's code comes from the agent (its log says so) and is the right one.
    let t0 = now();
    let code = desk.env.ok(&["code", "github"]).trim().to_string();
    let t1 = now();
    assert!(desk.codes_at("github", &[t0, t1]).contains(&code), "{code}");
    wait_for("the agent's log of the CLI's request", || {
        std::fs::read_to_string(desk.log())
            .is_ok_and(|l| l.contains(&format!("code for account {github}")))
    });
    // Another data folder is not the agent's: the CLI reads its own vault.
    let other = desk.env.another();
    let out = other.run(&["code", "github"]);
    assert!(!out.status.success(), "another folder has no accounts");
    assert!(common::stderr(&out).contains("[account.not_found]"));

    // GNOME Shell: terms -> ids -> metas (names, no code by default) -> activation copies.
    let search = "/io/github/MfaCompanion/SearchProvider";
    let gnome = "org.gnome.Shell.SearchProvider2";
    let ids: Vec<String> =
        call(bus(), search, gnome, "GetInitialResultSet", &(vec!["git"],)).unwrap();
    assert_eq!(ids, vec![github.clone()]);
    let ids: Vec<String> =
        call(bus(), search, gnome, "GetInitialResultSet", &(vec!["BO"],)).unwrap();
    assert_eq!(ids, vec![acme.clone()], "terms match the account name too");
    let sub: Vec<String> = call(
        bus(),
        search,
        gnome,
        "GetSubsearchResultSet",
        &(vec![github.clone(), acme.clone()], vec!["acm"]),
    )
    .unwrap();
    assert_eq!(sub, vec![acme.clone()]);
    let metas: Vec<HashMap<String, OwnedValue>> = call(
        bus(),
        search,
        gnome,
        "GetResultMetas",
        &(vec![acme.clone()],),
    )
    .unwrap();
    let text = |m: &HashMap<String, OwnedValue>, k: &str| String::try_from(m[k].clone()).unwrap();
    assert_eq!(text(&metas[0], "name"), "Acme");
    assert_eq!(text(&metas[0], "description"), "bob");
    let t0 = now();
    let _: () = call(
        bus(),
        search,
        gnome,
        "ActivateResult",
        &(acme.as_str(), vec!["acm"], 0u32),
    )
    .unwrap();
    let t1 = now();
    let acme_codes = desk.codes_at("acme", &[t0, t1]);
    assert!(
        acme_codes.contains(&clipboard().unwrap()),
        "the clipboard holds Acme's code"
    );
    wait_for("the notification", || {
        !seen.notifications.lock().unwrap().is_empty()
    });
    let (summary, body) = seen.notifications.lock().unwrap()[0].clone();
    assert_eq!(summary, "Code for Acme copied");
    assert_no_code_or_secret(
        "the notification",
        &format!("{summary} {body}"),
        &acme_codes,
    );

    // With "show codes in the desktop search" on, the description carries the code.
    desk.settings(r#"{"clipboard_clear_secs": 3, "search_show_codes": true}"#);
    let t0 = now();
    let metas: Vec<HashMap<String, OwnedValue>> = call(
        bus(),
        search,
        gnome,
        "GetResultMetas",
        &(vec![acme.clone()],),
    )
    .unwrap();
    let described = text(&metas[0], "description");
    let codes = desk.codes_at("acme", &[t0, now()]);
    assert!(
        codes.iter().any(|c| described == format!("bob · {c}")),
        "{described}"
    );

    // KRunner: a query -> matches -> Run copies.
    let krunner = "/io/github/MfaCompanion/KRunner";
    type KMatch = (
        String,
        String,
        String,
        i32,
        f64,
        HashMap<String, OwnedValue>,
    );
    let found: Vec<KMatch> =
        call(bus(), krunner, "org.kde.krunner1", "Match", &("github",)).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        (github.as_str(), "GitHub")
    );
    let t0 = now();
    let _: () = call(
        bus(),
        krunner,
        "org.kde.krunner1",
        "Run",
        &(github.as_str(), ""),
    )
    .unwrap();
    let codes = desk.codes_at("github", &[t0, now()]);
    assert!(
        codes.contains(&clipboard().unwrap()),
        "the clipboard holds GitHub's code"
    );
    drop(agent);
    wait_for("the agent to leave the bus", || ping().is_none());
}

#[test]
fn autostart_and_dbus_activation_start_the_agent_of_this_binary() {
    let desk = Desk::new();
    let out = desk.cmd(&["agent", "--autostart", "on"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let entry = desk
        .config()
        .join("autostart/io.github.MfaCompanion.Agent.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains(&format!("\nExec={BIN} agent\n")), "{text}");
    let out = desk.cmd(&["agent", "--autostart", "off"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(!entry.exists(), "the autostart entry is removed");

    // A bus of our own whose service folder holds the activation file the agent writes:
    // a call to the name starts the agent.
    let root = tempfile::tempdir().unwrap();
    let services = root.path().join("services");
    std::fs::create_dir_all(&services).unwrap();
    std::fs::write(
        services.join(format!("{NAME}.service")),
        mfa_companion::agent::install::service_file(Path::new(BIN)),
    )
    .unwrap();
    let conf = root.path().join("bus.conf");
    std::fs::write(
        &conf,
        format!(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
             \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig><type>session</type>\
             <listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth><servicedir>{}</servicedir>\
             <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
             <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>",
            services.display()
        ),
    )
    .unwrap();
    let runtime = root.path().join("runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    let mut daemon = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", conf.display()))
        .args(["--print-address=1", "--nofork"])
        .env("XDG_DATA_HOME", desk.env.data())
        .env("XDG_CONFIG_HOME", desk.config())
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut address = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(daemon.stdout.take().unwrap()),
        &mut address,
    )
    .unwrap();
    let conn = zbus::blocking::connection::Builder::address(address.trim())
        .unwrap()
        .build()
        .unwrap();
    let version: zbus::Result<String> = call(
        &conn,
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "Ping",
        &(),
    );
    let _: zbus::Result<()> = call(
        &conn,
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "Quit",
        &(),
    );
    std::thread::sleep(Duration::from_millis(300));
    let _ = daemon.kill();
    let _ = daemon.wait();
    assert_eq!(version.unwrap(), env!("CARGO_PKG_VERSION"));
}

#[test]
fn an_agent_killed_at_any_moment_loses_nothing() {
    let desk = Desk::new();
    desk.add(&format!(
        "otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
    ));
    let hotp = desk.add(&format!(
        "otpauth://hotp/Bank:carol?secret={SECRET}&issuer=Bank&counter=0"
    ));
    let before = desk.env.list();
    let mut seen_codes = Vec::new();
    for round in 0..8u64 {
        let mut agent = desk.agent();
        // Copy the HOTP account (a vault write) and kill the agent a few ms into it.
        let hotp_id = hotp.clone();
        let folder = desk.env.data().join("mfa-companion");
        let caller = std::thread::spawn(move || {
            let conn = Connection::session().unwrap();
            call::<_, String>(
                &conn,
                "/io/github/MfaCompanion",
                "io.github.MfaCompanion.Agent",
                "Copy",
                &(folder.to_string_lossy().to_string(), hotp_id.as_str()),
            )
        });
        std::thread::sleep(Duration::from_millis(round * 3));
        let _ = agent.child.kill();
        let _ = agent.child.wait();
        let _ = caller.join();
        if let Some(c) = clipboard() {
            seen_codes.push(c);
        }
        wait_for("the name to be free", || ping().is_none());
    }
    let after = desk.env.list();
    assert_eq!(before.len(), after.len(), "no account lost");
    let doctor = desk.env.run(&["doctor"]);
    assert!(doctor.status.success(), "{}", common::stderr(&doctor));
    // The counter only moved forward, and the next code is a new one.
    let counter = |l: &[serde_json::Value]| {
        l.iter().find(|a| a["id"] == hotp.as_str()).unwrap()["counter"]
            .as_u64()
            .unwrap()
    };
    assert!(counter(&after) >= counter(&before));
}
