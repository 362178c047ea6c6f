#!/usr/bin/env bash
# installer_msi_tables: the MSI's own tables, read with msitools (no wine): the File table holds
# exactly installer/files.txt (optional entries may be absent), the package is x64 and per-machine,
# the service and its control rows are as documented, downgrades are refused with the message.
# Usage: test-msi-tables.sh MSI VERSION FILES_TXT
set -uo pipefail
MSI=$1 VERSION=$2 FILES=$3
failures=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
[ -f "$MSI" ] || { echo "FAIL: $MSI missing (ninja msi, or scripts/build-installers.sh)"; exit 1; }
table() { msiinfo export "$MSI" "$1" | tail -n +4 | tr -d '\r'; }

# File table: directory-qualified names, compared with files.txt.
declare -A dirs=([INSTALLDIR]="" [PlatformsDir]="platforms/" [StylesDir]="styles/" [SqlDriversDir]="sqldrivers/" [TlsDir]="tls/" [TranslationsDir]="translations/")
declare -A compdir
while IFS=$'\t' read -r comp _ dir _; do compdir[$comp]=$dir; done < <(table Component)
actual=$(while IFS=$'\t' read -r _ comp name _; do
  d=${compdir[$comp]:-?}; printf '%s%s\n' "${dirs[$d]-UNKNOWN:$d/}" "${name#*|}"; done < <(table File) | sort)
required=$(grep -vE '^(#|$)' "$FILES" | grep -v '?$' | sort)
optional=$(grep -vE '^(#|$)' "$FILES" | grep '?$' | sed 's/?$//' | sort)
missing=$(comm -23 <(echo "$required") <(echo "$actual"))
extra=$(comm -13 <(printf '%s\n%s\n' "$required" "$optional" | sort) <(echo "$actual"))
[ -z "$missing" ] && pass "File table has every required file" || fail "File table lacks: $missing"
[ -z "$extra" ] && pass "File table has nothing outside files.txt ($(echo "$actual" | wc -l) files)" || fail "File table has undocumented files: $extra"

props=$(table Property)
grep -qP '^ProductVersion\t'"$VERSION"'$' <<<"$props" && pass "ProductVersion $VERSION" || fail "ProductVersion is not $VERSION"
grep -qP '^ALLUSERS\t1$' <<<"$props" && pass "per-machine (ALLUSERS=1)" || fail "not per-machine"
grep -qP '^UpgradeCode\t\{6b1f3f0e-2c55-4c1e-9a55-0d4f1c8e7a21\}$' <<<"$props" && pass "stable UpgradeCode" || fail "UpgradeCode changed"
msiinfo suminfo "$MSI" | grep -q 'Template: x64;1033' && pass "x64 package" || fail "not an x64 package"
grep -q $'\tWIX_DOWNGRADE_DETECTED$' <(table Upgrade) && pass "downgrade detection row" || fail "no downgrade detection"
grep -qF 'A newer version of ml-connector is already installed' <(table LaunchCondition) && pass "downgrade refused with a message" || fail "no downgrade message"
svc=$(table ServiceInstall)
grep -qP '^Service\tml-connector\t[^\t]*\t16\t2\t1\t' <<<"$svc" && pass "ServiceInstall: own process, auto start, normal errors" || fail "ServiceInstall row: $svc"
grep -qF -- '--data-dir "[DATADIR]"' <<<"$svc" && grep -qF 'run --service --name ml-connector' <<<"$svc" && grep -qF '[SERVICEACCOUNT]' <<<"$svc" \
  && pass "ServiceInstall: data directory, account" || fail "ServiceInstall arguments: $svc"
grep -qP '^ServiceControl\tml-connector\t163\t' <(table ServiceControl) && pass "ServiceControl: start on install, stop both, remove on uninstall" || fail "ServiceControl: $(table ServiceControl)"
ca=$(table CustomAction)
grep -qP '^ConfigureService\t3090\tServiceExe\t.*install --existing' <<<"$ca" && pass "ConfigureService: deferred, LocalSystem, install --existing" || fail "ConfigureService: $ca"
grep -qP '^WaitForServiceStop\t3154\tServiceExe\tuninstall --existing --name ml-connector(\t|$)' <<<"$ca" && pass "WaitForServiceStop: deferred, LocalSystem, uninstall --existing, never fails" || fail "WaitForServiceStop: $ca"
grep -qP '^WaitForServiceStop\tREMOVE="ALL"\t1950$' <(table InstallExecuteSequence) && pass "WaitForServiceStop between StopServices and DeleteServices on uninstall" || fail "WaitForServiceStop sequence"
grep -qP '^RemoveData\t3090\tServiceExe\t.*uninstall .*--remove-data' <<<"$ca" && pass "RemoveData: deferred, LocalSystem, uninstall --remove-data" || fail "RemoveData: $ca"
grep -qP '^RemoveData\tREMOVE="ALL" AND REMOVEDATA="1" AND NOT UPGRADINGPRODUCTCODE\t' <(table InstallExecuteSequence) && pass "RemoveData only on a real uninstall with REMOVEDATA=1" || fail "RemoveData condition"
echo "installer_msi_tables: $failures failure(s)"
[ "$failures" = 0 ]
