#!/usr/bin/env python3
"""Regenerates issuers.json, the issuer icons bundled with the app, from the simple-icons
npm package (CC0-1.0): `python3 icons/issuers/update.py [VERSION]` fetches the package
with `npm pack` into a temporary folder and keeps, of the services in SERVICES below
(accounts people protect with a one-time code), those whose icon carries no licence of
its own other than CC0. The output holds per icon: slug, title, brand colour, aliases,
and the SVG path (every simple-icons icon is one path on a 24x24 grid)."""

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = sys.argv[1] if len(sys.argv) > 1 else "16.37.0"
HERE = Path(__file__).resolve().parent

# simple-icons slugs of services that offer TOTP/HOTP sign-in; ones missing from the
# package are skipped (and named on stderr).
SERVICES = """
1password adobe airbnb airtable alibabacloud amazon amazonaws amazonwebservices
anydesk apple appveyor archlinux asana atlassian auth0 authy autodesk avast backblaze
bankofamerica battledotnet binance bitbucket bitcoin bitwarden bitpanda bitstamp
blizzard bluesky booking box brave bybit canva circleci cisco claude cloudflare
codeberg codecov coinbase confluence crunchyroll dashlane datadog deepl dell
deno digitalocean discord discourse disroot docker dockerhub dropbox duolingo ebay
electronicarts elastic ea epicgames eset etsy evernote expensify facebook fastly
fastmail figma firebase firefox flickr fly gandi gitea github gitlab gitee godaddy
gog google googlecloud googledrive googlepay gmail grafana hackerone hetzner heroku
hubspot huawei humblebundle ibm icloud ifttt instagram intuit jetbrains jira kaggle
keybase kickstarter kraken kucoin lastpass launchpad linear linkedin linode
mailchimp mailgun mastodon mega mercadopago microsoft microsoftazure microsoftoutlook
microsoftteams mintlify miro mongodb namecheap netlify nextcloud nexon nintendo
nintendoswitch notion npm nvidia okta onedrive openai opsgenie oracle ovh
pagerduty patreon paypal pinterest playstation plesk porkbun postman proton
protonmail protondrive proxmox pypi quora reddit revolut riotgames roblox
robinhood rubygems rust salesforce samsung sentry shopify signal slack snapchat
sony soundcloud spotify square squarespace stackoverflow steam stripe supabase
synology tailscale teamviewer telegram tesla tiktok trello tumblr tutanota twilio
twitch ubisoft ubuntu uber unity upwork vercel vimeo vultr webflow whatsapp
wikipedia wise wix wordpress x xbox xero yahoo yandex youtube zapier zendesk
zoho zoom tuta gogdotcom bookingdotcom akamai kagi mailbox hashicorp terraform
sourceforge forgejo matrix element nordvpn mullvad protonvpn expressvpn vaultwarden
keepassxc origin okx googlegemini n26 monzo ionos infomaniak protoncalendar
cloudflarepages fedora debian gnome kde opensuse mozilla thunderbird
""".split()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        name = subprocess.run(
            ["npm", "pack", f"simple-icons@{VERSION}", "--silent"],
            cwd=tmp, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]
        with tarfile.open(Path(tmp) / name) as tar:
            tar.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        data = json.loads((package / "data" / "simple-icons.json").read_text())
        by_slug = {e["slug"]: e for e in data}
        icons = []
        for slug in sorted(set(SERVICES)):
            entry = by_slug.get(slug)
            if entry is None:
                print(f"not in simple-icons {VERSION}: {slug}", file=sys.stderr)
                continue
            licence = entry.get("license", {}).get("type", "CC0-1.0")
            if licence != "CC0-1.0":
                print(f"skipped ({licence}): {slug}", file=sys.stderr)
                continue
            svg = (package / "icons" / f"{slug}.svg").read_text()
            paths = re.findall(r'<path d="([^"]+)"', svg)
            if len(paths) != 1 or 'viewBox="0 0 24 24"' not in svg:
                print(f"skipped (not one path on 24x24): {slug}", file=sys.stderr)
                continue
            aliases = entry.get("aliases", {})
            aka = list(aliases.get("aka", []))
            aka += [d["title"] for d in aliases.get("dup", [])]
            icons.append({
                "slug": slug,
                "title": entry["title"],
                "hex": entry["hex"],
                "aka": aka,
                "path": paths[0],
            })
    out = {"source": f"simple-icons {VERSION} (npm), CC0-1.0", "icons": icons}
    (HERE / "issuers.json").write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(icons)} icons written to {HERE / 'issuers.json'}")


if __name__ == "__main__":
    main()
