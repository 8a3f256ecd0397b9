//! Build script: the commit `--version` names, and with the `desktop` feature Tauri's
//! context and the app's ACL manifest (only the commands listed here exist for the
//! webview).

fn main() {
    // The commit comes from the environment (app.sh, test.sh and package.sh set it from
    // git), not from git itself: reading git here would rebuild the crate after every
    // commit, and a source tarball has no git.
    println!("cargo:rerun-if-env-changed=MFA_COMPANION_COMMIT");
    let commit = std::env::var("MFA_COMPANION_COMMIT")
        .ok()
        .filter(|c| !c.is_empty() && c.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or_else(|| "commit unknown".to_string(), |c| format!("commit {c}"));
    println!("cargo:rustc-env=MFA_COMPANION_COMMIT_LABEL={commit}");
    #[cfg(feature = "desktop")]
    {
        let manifest = tauri_build::AppManifest::new().commands(&[
            "list_codes",
            "period_codes",
            "issuer_icon_paths",
            "issuer_icon_list",
            "set_account_icon",
            "set_account_icon_file",
            "next_hotp_code",
            "add_uri",
            "add_manual",
            "add_qr_image",
            "account_qr",
            "remove_account",
            "undo_remove",
            "copy_code",
            "copy_text",
            "ui_ready",
            "unlock_app",
            "backup_status",
            "backup_configure",
            "backup_now",
            "backup_disable",
            "ui_painted",
            "ui_measured",
            "list_servers",
            "add_server",
            "edit_server",
            "remove_server",
            "server_status",
            "scan_screen",
            "scan_clipboard",
            "add_scanned",
            "sign_in",
            "sign_in_passcode",
            "sign_out",
            "list_pending",
            "enroll_start",
            "enroll_resume",
            "enroll_discard",
            "recovery_summary",
            "recovery_reveal",
            "recovery_mark_used",
            "recovery_add",
            "recovery_export",
            "import_preview",
            "import_commit",
            "export_accounts",
            "get_settings",
            "set_clipboard_clear",
            "pin_account",
            "set_account_tags",
            "set_account_note",
            "set_hide_codes",
            "set_sort",
            "move_account",
            "agent_status",
            "set_agent_autostart",
            "set_show_codes",
            "set_shortcuts",
            "shortcut_status",
            "theme",
            "set_theme",
            "ui_messages",
            "set_language",
            "quick_search_done",
        ]);
        tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
            .expect("tauri-build failed");
    }
}
