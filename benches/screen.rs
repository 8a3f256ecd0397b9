//! Screen-scan figures (issue 15 §6): the whole X screen captured (`GetImage`) and
//! searched for QR codes, timed apart, on the display `$DISPLAY` names. One account's code
//! is put on the screen by this bench (tests/common/onscreen.rs), small (3 pixels per
//! module) and away from the corner. Prints `figure:` lines with the median of N runs
//! and the process's peak memory (VmHWM). benches/screen.sh runs it on Xvfb screens of
//! 1920x1080 and 3840x2160.

#[path = "../tests/common/onscreen.rs"]
mod onscreen;

use std::time::Instant;

use mfa_companion::screen::{capture, decode};

const URI: &str = "otpauth://totp/Bench:ana?secret=JBSWY3DPEHPK3PXP&issuer=Bench";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    if std::env::var_os("DISPLAY").is_none() {
        println!("figure: screen scan skipped: no DISPLAY (run benches/screen.sh)");
        return;
    }
    // `cargo bench` passes --bench; under `cargo test` (a debug build) one run checks
    // that the code on screen is read, and no figure is printed.
    let bench = std::env::args().any(|a| a == "--bench");
    let runs: usize = std::env::args()
        .skip_while(|a| a != "--runs")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(9);
    let runs = if bench { runs } else { 1 };
    let before = peak_kib();
    let _shown = onscreen::show(&[(URI, 900, 500, 3, false)]);
    let (mut cap, mut dec) = (Vec::new(), Vec::new());
    let mut size = (0, 0);
    for _ in 0..runs {
        let t0 = Instant::now();
        let gray = capture::x11_screen().expect("the screen is captured");
        let t1 = Instant::now();
        size = gray.dimensions();
        let (texts, _) = decode::find_codes(gray);
        let t2 = Instant::now();
        assert_eq!(texts, vec![URI.to_owned()], "the code on screen is read");
        cap.push((t1 - t0).as_secs_f64() * 1000.0);
        dec.push((t2 - t1).as_secs_f64() * 1000.0);
    }
    if !bench {
        println!(
            "screen bench self-check: the code on a {}x{} screen is read",
            size.0, size.1
        );
        return;
    }
    let (c, d) = (median(cap), median(dec));
    let goal = if size.0 * size.1 > 1920 * 1080 {
        400
    } else {
        150
    };
    println!(
        "figure: screen scan {}x{}: capture {c:.0} ms + decode {d:.0} ms = {:.0} ms median of {runs} (goal <= {goal} ms); peak memory {} MiB (before {} MiB)",
        size.0,
        size.1,
        c + d,
        peak_kib() / 1024,
        before / 1024
    );
}
