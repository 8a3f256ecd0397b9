//! Import bench (issue 19 §7), printing `figure:` lines:
//! - each plain format the app reads, 1,000 accounts made in memory (`inputs.rs`):
//!   detection, parsing and the import plan, in ms; our own backup too, its key
//!   derivation (Argon2id at the cost the app writes) shown apart from the parsing;
//! - the dry run of an otpauth list of 10,000 to 200,000 lines (detect, parse, plan
//!   against 1,000 stored accounts): the time and the time per line, which must stay flat
//!   (goal: 100,000 lines at most 2 s).
//!
//! Storing (keychain included) is timed end to end by `benches/imports.sh`.
//! Run: `cargo bench --no-default-features --bench imports [-- --quick]`. Without
//! `--bench` (`cargo test --all-targets`) it only checks itself on small inputs.

mod inputs;

use std::hint::black_box;
use std::time::{Duration, Instant};

use mfa_companion::import_export::{self, backup, Format, Plan};
use mfa_companion::otp::Secret;
use mfa_companion::otpauth::UriAccount;

/// Detects, reads and plans `bytes` as the CLI's dry run does.
fn dry_run(bytes: &[u8], existing: &[(String, Secret)]) -> Plan {
    let format = import_export::detect(bytes).expect("the bench's input is recognised");
    let parsed = import_export::read(bytes, format, None).expect("the bench's input reads");
    import_export::plan(parsed, existing)
}

/// The median of `rounds` runs of `f`.
fn median(rounds: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..rounds.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

type Writer = fn(&[UriAccount]) -> Vec<u8>;

const PLAIN: [(Format, Writer); 12] = [
    (Format::OtpauthList, inputs::otpauth_list),
    (Format::GoogleMigration, inputs::google_migration),
    (Format::Aegis, inputs::aegis_plain),
    (Format::TwoFas, inputs::twofas_plain),
    (Format::Bitwarden, inputs::bitwarden_json),
    (Format::BitwardenCsv, inputs::bitwarden_csv),
    (Format::AndOtp, inputs::andotp),
    (Format::FreeOtpPlus, inputs::freeotp_plus),
    (Format::Ente, inputs::ente),
    (Format::Proton, inputs::proton),
    (Format::AuthenticatorPro, inputs::authenticator_pro),
    (Format::LastPass, inputs::lastpass),
];

/// Each plain format: detect + read + plan of `n` accounts into an empty store.
fn formats(n: usize, rounds: usize, timed: bool) {
    let accounts = inputs::accounts(n);
    for (format, write) in PLAIN {
        let bytes = write(&accounts);
        let plan = dry_run(&bytes, &[]);
        assert_eq!(plan.format, format, "detected as {}", plan.format.name());
        assert_eq!(plan.usable().len(), n, "{}: all new", format.name());
        assert!(plan.duplicates.is_empty() && plan.unusable.is_empty());
        let t = median(rounds, || {
            black_box(dry_run(black_box(&bytes), &[]));
        });
        if timed {
            println!(
                "figure: import of {n} accounts, {} ({} KiB): {:.2} ms to detect, parse and plan (no goal; for scale)",
                format.name(),
                bytes.len() / 1024,
                ms(t)
            );
        }
    }
}

/// Our encrypted backup: key derivation and parsing timed apart.
fn encrypted_backup(n: usize, rounds: usize, cost: backup::Cost, timed: bool) {
    let accounts = inputs::accounts(n);
    let items: Vec<backup::Item> = accounts
        .iter()
        .map(|account| backup::Item {
            account,
            recovery: None,
            tags: &[],
            note: None,
            icon: None,
        })
        .collect();
    let password = "bench password";
    let start = Instant::now();
    let key = backup::BackupKey::derive(password, cost).expect("key derivation");
    let kdf = start.elapsed();
    let bytes = backup::write_with(&items, &key, 1_700_000_000).expect("backup");
    let read = || backup::read_with(&bytes, &key).expect("the backup opens");
    assert_eq!(read().entries.len(), n);
    let parse = median(rounds, || {
        black_box(read());
    });
    let plan = median(rounds, || {
        black_box(import_export::plan(read(), &[]));
    });
    if timed {
        println!(
            "figure: import of {n} accounts, backup ({} KiB, encrypted): key derivation (Argon2id, {} MiB, t={}) {:.0} ms, shown apart; decrypt and parse {:.2} ms; with the plan {:.2} ms (no goal; for scale)",
            bytes.len() / 1024,
            cost.m_kib / 1024,
            cost.t,
            ms(kdf),
            ms(parse),
            ms(plan)
        );
    }
}

/// Dry runs of otpauth lists of growing size against `stored` stored accounts (which
/// are also the list's first lines: reported as duplicates).
fn linearity(sizes: &[usize], stored: usize, rounds: usize, timed: bool) {
    let largest = sizes.iter().copied().max().unwrap_or(0);
    let accounts = inputs::accounts(largest);
    let existing: Vec<(String, Secret)> = accounts
        .iter()
        .take(stored)
        .map(|a| (a.issuer.clone(), a.secret.clone()))
        .collect();
    let mut per_line = Vec::new();
    for &lines in sizes {
        let bytes = inputs::otpauth_list(&accounts[..lines]);
        let plan = dry_run(&bytes, &existing);
        assert_eq!(plan.duplicates.len(), stored.min(lines));
        assert_eq!(plan.new.len(), lines - stored.min(lines));
        let t = median(rounds, || {
            black_box(dry_run(black_box(&bytes), &existing));
        });
        let us = t.as_secs_f64() * 1e6 / lines as f64;
        per_line.push(us);
        if timed {
            let goal = if lines == 100_000 {
                "goal: at most 2 s"
            } else {
                "goal: time per line flat"
            };
            println!(
                "figure: dry run of a {lines}-line otpauth list ({} MiB, {stored} stored accounts): {:.0} ms, {us:.2} µs per line ({goal})",
                bytes.len() / (1024 * 1024),
                ms(t)
            );
        }
    }
    if timed && per_line.len() > 1 {
        let (lo, hi) = per_line
            .iter()
            .fold((f64::MAX, 0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        println!(
            "figure: dry run time per line, largest over smallest: {:.2}x (goal: about 1x, linear)",
            hi / lo
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let timed = args.iter().any(|a| a == "--bench");
    let quick = args.iter().any(|a| a == "--quick");
    if !timed {
        // `cargo test --all-targets`: a smoke test on small inputs, unoptimised.
        formats(50, 1, false);
        let cost = backup::Cost {
            m_kib: 64,
            t: 1,
            p: 1,
        };
        encrypted_backup(50, 1, cost, false);
        linearity(&[100, 200], 10, 1, false);
        return;
    }
    let rounds = if quick { 3 } else { 9 };
    formats(1_000, rounds, true);
    encrypted_backup(1_000, rounds, backup::WRITE_COST, true);
    let sizes: &[usize] = if quick {
        &[10_000, 100_000]
    } else {
        &[10_000, 50_000, 100_000, 200_000]
    };
    linearity(sizes, 1_000, if quick { 1 } else { 3 }, true);
}
