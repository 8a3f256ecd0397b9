//! The desktop window (Tauri 2): the only module that imports `tauri`. Every command is
//! a thin wrapper over the Tauri-free [`view::Codebook`] (codes, accounts, servers,
//! enrollment, recovery codes) or the [`clipboard::Clipboard`]; errors reach the webview
//! as `{code, message}`. The webview receives codes, never secrets (an account's QR code
//! and revealed recovery codes only when the user asks for them). The commands over
//! servers, sign-in, enrollment, recovery codes, backups, import and export are in
//! [`commands`]; this file keeps the codes, accounts, the page's signals and the start.

mod accounts;
mod agent;
mod backups;
mod commands;
mod enrollment;
mod icons;
mod language;
mod launch;
mod order;
mod period;
mod recovery;
mod removals;
mod scan;
mod shortcuts;
mod signin;
mod theme;
mod transfer;
mod view;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tauri::{Manager, State};

use crate::copy::Clipboard;
use crate::error::ErrorReport;
use crate::settings;
use accounts::ManualForm;
pub use launch::Start;
use removals::Removals;
use scan::ScanView;
use transfer::Transfers;
use view::{CodeList, CodeRow, Codebook};

type Clip<'a> = State<'a, Arc<Clipboard>>;

/// How long the hidden window waits for the page to say it is ready before it is shown
/// anyway.
const SHOW_WINDOW_AFTER: Duration = Duration::from_secs(5);

/// Every account with its current code, and the start-up warnings.
#[tauri::command]
fn list_codes(
    book: State<'_, Codebook>,
    removals: State<'_, Removals>,
) -> Result<CodeList, ErrorReport> {
    log::debug!("list_codes");
    let mut list = book.list(crate::otp::unix_now())?;
    list.accounts.retain(|r| !removals.is_pending(&r.id));
    Ok(list)
}

/// Opens the app lock (the password goes to Rust only, never back).
#[tauri::command]
fn unlock_app(book: State<'_, Codebook>, password: String) -> Result<(), ErrorReport> {
    book.unlock(&zeroize::Zeroizing::new(password))
}

/// Advances a HOTP account's counter (saved first) and returns its new code.
#[tauri::command]
fn next_hotp_code(book: State<'_, Codebook>, id: String) -> Result<CodeRow, ErrorReport> {
    book.next_hotp(&id)
}

/// Adds the account of an otpauth URI (or those of a Google Authenticator export link).
#[tauri::command]
fn add_uri(book: State<'_, Codebook>, uri: String) -> Result<Vec<CodeRow>, ErrorReport> {
    book.add_uri(&uri)
}

/// Adds an account typed in the form.
#[tauri::command]
fn add_manual(book: State<'_, Codebook>, form: ManualForm) -> Result<CodeRow, ErrorReport> {
    book.add_manual(form)
}

/// Adds the accounts of a QR image file's bytes.
#[tauri::command]
fn add_qr_image(book: State<'_, Codebook>, bytes: Vec<u8>) -> Result<Vec<CodeRow>, ErrorReport> {
    book.add_qr_image(&bytes)
}

/// An account's QR code (SVG), after the user confirmed.
#[tauri::command]
fn account_qr(book: State<'_, Codebook>, id: String) -> Result<String, ErrorReport> {
    book.account_qr_svg(&id)
}

/// Removes an account and its secret after [`removals::UNDO_SECS`] (at once when the
/// window closes), unless `undo_remove` takes it back first; returns those seconds.
#[tauri::command]
fn remove_account(
    app: tauri::AppHandle,
    book: State<'_, Codebook>,
    removals: State<'_, Removals>,
    id: String,
) -> Result<u64, ErrorReport> {
    book.account(&id)?;
    let ticket = removals.schedule(&id);
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(removals::UNDO_SECS));
        if app.state::<Removals>().take_due(&id, ticket) {
            remove_now(&app.state::<Codebook>(), &id);
        }
    });
    Ok(removals::UNDO_SECS)
}

/// Takes back a removal whose time is not up; false when it was carried out already.
#[tauri::command]
fn undo_remove(removals: State<'_, Removals>, id: String) -> bool {
    removals.undo(&id)
}

fn remove_now(book: &Codebook, id: &str) {
    if let Err(e) = book.remove_account(id) {
        log::warn!("removing account {id}: {} [{}]", e.message, e.code);
    }
}

/// Copies an account's current code; returns the seconds until it is cleared.
#[tauri::command]
fn copy_code(book: State<'_, Codebook>, clip: Clip<'_>, id: String) -> Result<u64, ErrorReport> {
    clip.copy(book.current_code(&id)?)?;
    crate::copy::recent::record(&id);
    Ok(clip.clear_after_secs())
}

/// Copies a code the window shows (HOTP, a recovery code); returns the seconds until it
/// is cleared.
#[tauri::command]
fn copy_text(clip: Clip<'_>, text: String) -> Result<u64, ErrorReport> {
    clip.copy(zeroize::Zeroizing::new(text))?;
    Ok(clip.clear_after_secs())
}

/// The page has rendered its first listing (codes, the empty state or an error): shows
/// the window, which starts hidden. Shown earlier, WebKit's first draw of the view can
/// fall while the page is still loading; it then blocks the main thread for up to 500 ms
/// waiting for the web process, which itself waits for the page's files from that thread.
#[tauri::command]
fn ui_ready(window: tauri::WebviewWindow) {
    log::info!("page ready: showing the window");
    show(&window);
    let start = launch::take();
    launch::act_on(&window, start);
}

fn show(window: &tauri::WebviewWindow) {
    if !window.is_visible().unwrap_or(false) {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The window painted its first codes: logged (at `info`) with the wall-clock time, so
/// the start-up bench can measure launch-to-first-code.
#[tauri::command]
fn ui_painted(rows: usize) {
    log::info!("first codes painted: {rows} rows at unix_ns {}", unix_ns());
}

/// How long something took in the page (the desktop bench turns this on): logged at
/// `info` for the bench to read.
#[tauri::command]
fn ui_measured(what: String, ms: f64) {
    let what: String = what
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(20)
        .collect();
    log::info!("measured {what}: {ms:.2} ms");
}

/// The wall-clock time in nanoseconds, for the start-up bench to subtract its launch time from.
fn unix_ns() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Scans the whole screen for QR codes (the window steps aside while the picture is
/// taken) and lists the accounts found.
#[tauri::command]
async fn scan_screen(
    window: tauri::WebviewWindow,
    book: State<'_, Codebook>,
) -> Result<ScanView, ErrorReport> {
    let _ = window.hide();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let found = book.scan(true);
    let _ = (window.show(), window.set_focus());
    found
}

/// Scans the image on the clipboard for QR codes and lists the accounts found.
#[tauri::command]
fn scan_clipboard(book: State<'_, Codebook>) -> Result<ScanView, ErrorReport> {
    book.scan(false)
}

/// Adds the accounts picked from the last scan.
#[tauri::command]
fn add_scanned(book: State<'_, Codebook>, picks: Vec<usize>) -> Result<Vec<CodeRow>, ErrorReport> {
    book.add_scanned(&picks)
}

/// The window's settings.
#[tauri::command]
fn get_settings() -> settings::Settings {
    settings::Settings::load()
}

/// Sets the seconds after which a copied code is cleared, and saves it.
#[tauri::command]
fn set_clipboard_clear(clip: Clip<'_>, secs: u64) -> Result<settings::Settings, ErrorReport> {
    let saved = settings::set_clipboard_clear(secs)?;
    clip.set_clear_after_secs(saved.clipboard_clear_secs);
    Ok(saved)
}

/// What is remembered of the window: everything but its visibility (the window starts
/// hidden and the page shows it, see [`ui_ready`]).
fn window_state_flags() -> tauri_plugin_window_state::StateFlags {
    use tauri_plugin_window_state::StateFlags;
    StateFlags::all() - StateFlags::VISIBLE
}

fn save_window_state_soon(app: &tauri::AppHandle) {
    use std::sync::atomic::{AtomicU64, Ordering};
    use tauri_plugin_window_state::AppHandleExt;
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = crate::otp::unix_now();
    if LAST.swap(now, Ordering::Relaxed) != now {
        let _ = app.save_window_state(window_state_flags());
    }
}

/// Opens the main window and runs until it is closed.
pub fn run(start: Start) -> ExitCode {
    launch::set(start);
    crate::logging::init_from_env();
    log::info!("desktop start at unix_ns {}", unix_ns());
    // Every change made in the window starts an automatic backup, as the CLI's do.
    crate::storage::on_change(crate::backups::after_change);
    let settings = settings::Settings::load();
    let clip = Clipboard::new(Duration::from_secs(settings.clipboard_clear_secs));
    let result = tauri::Builder::default()
        // A second launch focuses the first window instead of opening another.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
                if let Some(start) = Start::from_args(args.get(1..).unwrap_or_default()) {
                    launch::act_on(&w, start);
                }
            }
        }))
        // The window's size and position are remembered between runs.
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(window_state_flags())
                .build(),
        )
        // Saved as it changes too (at most once a second), not only on a clean exit.
        .on_window_event(|window, event| {
            if matches!(
                event,
                tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_)
            ) {
                save_window_state_soon(window.app_handle());
            }
        })
        // Native file choosers for import and export.
        .plugin(tauri_plugin_dialog::init())
        .manage(Codebook::open_default())
        .manage(Transfers::default())
        .manage(Removals::default())
        .manage(clip)
        .on_page_load(|_, payload| log::info!("page load {:?}", payload.event()))
        // The secrets are read from the keychain while WebKit starts.
        .setup(|app| {
            log::info!("tauri setup");
            let handle = app.handle().clone();
            std::thread::spawn(move || handle.state::<Codebook>().warm_up());
            // The page shows the window when it is ready; should it never say so (a
            // broken page), the window is shown anyway after a few seconds.
            if let Some(window) = app.get_webview_window("main") {
                std::thread::spawn(move || {
                    std::thread::sleep(SHOW_WINDOW_AFTER);
                    show(&window);
                });
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            list_codes,
            period::period_codes,
            icons::issuer_icon_paths,
            icons::issuer_icon_list,
            icons::set_account_icon,
            icons::set_account_icon_file,
            next_hotp_code,
            add_uri,
            add_manual,
            add_qr_image,
            scan_screen,
            scan_clipboard,
            add_scanned,
            account_qr,
            remove_account,
            undo_remove,
            copy_code,
            copy_text,
            ui_ready,
            unlock_app,
            commands::backup_status,
            commands::backup_configure,
            commands::backup_now,
            commands::backup_disable,
            ui_painted,
            ui_measured,
            commands::list_servers,
            commands::add_server,
            commands::edit_server,
            commands::remove_server,
            commands::server_status,
            commands::sign_in,
            commands::sign_in_passcode,
            commands::sign_out,
            commands::list_pending,
            commands::enroll_start,
            commands::enroll_resume,
            commands::enroll_discard,
            commands::recovery_summary,
            commands::recovery_reveal,
            commands::recovery_mark_used,
            commands::recovery_add,
            commands::recovery_export,
            commands::import_preview,
            commands::import_commit,
            commands::export_accounts,
            get_settings,
            set_clipboard_clear,
            agent::pin_account,
            agent::set_account_tags,
            agent::set_account_note,
            agent::set_hide_codes,
            agent::set_sort,
            agent::move_account,
            agent::agent_status,
            agent::set_agent_autostart,
            agent::set_show_codes,
            shortcuts::set_shortcuts,
            shortcuts::shortcut_status,
            theme::theme,
            theme::set_theme,
            language::ui_messages,
            language::set_language,
            shortcuts::quick_search_done,
        ])
        .build(tauri::generate_context!());
    match result {
        Ok(app) => {
            app.run(|handle, event| {
                // Removals still open to Undo are carried out as the window closes.
                if let tauri::RunEvent::Exit = event {
                    for id in handle.state::<Removals>().take_all() {
                        remove_now(&handle.state::<Codebook>(), &id);
                    }
                }
            });
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: the desktop window could not start: {e} [desktop.start]");
            ExitCode::from(1)
        }
    }
}
