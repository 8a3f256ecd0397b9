//! Build script: with the `desktop` feature, generates Tauri's context and the app's ACL
//! manifest (only the commands listed here exist for the webview).

fn main() {
    #[cfg(feature = "desktop")]
    {
        let manifest = tauri_build::AppManifest::new().commands(&["list_codes", "next_hotp_code"]);
        tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
            .expect("tauri-build failed");
    }
}
