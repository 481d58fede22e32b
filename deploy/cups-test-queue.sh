#!/usr/bin/env bash
# Test printers for tests/printing (CI and developers' machines; never on a kiosk): starts the
# local CUPS daemon if it is not running and creates, or re-creates, these queues:
#   KioskPDF       cups-pdf: every job becomes a PDF file in the folder printed at the end
#   KioskHang      a printer that takes the job and never finishes it (the timeout test)
#   KioskNoPaper   a printer that reports "out of paper" (media-empty-error) and stalls
#   KioskPaused    a cups-pdf queue left paused (cupsdisable)
#   KioskRejecting a cups-pdf queue left rejecting jobs (cupsreject)
# It installs nothing: `bash deploy/setup.sh --dev` installs cups and printer-driver-cups-pdf.
# Safe to run again. Needs root (it writes /etc/cups and a backend in /usr/lib/cups/backend).
set -euo pipefail

if (( EUID != 0 )); then
  exec sudo -- "$0" "$@"
fi
for tool in cupsd lpadmin lpstat cupsenable cupsaccept cupsdisable cupsreject; do
  command -v "$tool" >/dev/null || { echo "cups-test-queue: $tool not found: run deploy/setup.sh --dev" >&2; exit 1; }
done
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
[[ -f "$ppd" ]] || { echo "cups-test-queue: $ppd not found (printer-driver-cups-pdf)" >&2; exit 1; }

# cups-pdf writes to ${HOME}/PDF by default; one fixed folder per user is easier for tests to
# find (and leaves home folders alone). Label 2 puts the job id in every file name, so a test
# finds its own job's file even when other jobs ran before it.
conf=/etc/cups/cups-pdf.conf
out_dir=/var/spool/cups-pdf
set_conf() {  # key value: replace the key's line (commented or not), or add it
  if grep -Eq "^#?$1[[:space:]]" "$conf"; then
    sed -i -E "s|^#?$1[[:space:]].*|$1 $2|" "$conf"
  else
    echo "$1 $2" >>"$conf"
  fi
}
set_conf Out "$out_dir/\${USER}"
set_conf Label 2

# A fake device for the failure tests: it says what a real printer would say, then stalls
# until CUPS cancels the job (that is what the kiosk must do after print_timeout).
backend=/usr/lib/cups/backend/kiosk-fault
cat >"$backend" <<'EOF'
#!/bin/sh
# Test-only CUPS backend (deploy/cups-test-queue.sh). URI kiosk-fault:/hang or kiosk-fault:/media-empty
[ $# -eq 0 ] && exit 0
case "$DEVICE_URI" in
  *media-empty*) echo "STATE: +media-empty-error" >&2; echo "ERROR: out of paper" >&2 ;;
esac
cat >/dev/null
while :; do sleep 1; done
EOF
chmod 0755 "$backend"

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  echo "cups-test-queue: starting cupsd"
  cupsd  # forks into the background; there is no systemd here
  for _ in $(seq 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.1
  done
fi
lpstat -r | grep -q "is running" || { echo "cups-test-queue: cupsd did not start" >&2; exit 1; }

queue() {  # name uri: (re)create the queue, enabled and accepting jobs
  lpadmin -x "$1" 2>/dev/null || true
  # (lpadmin warns that PPD drivers are deprecated: true, and beside the point for a test queue)
  local said
  said=$(lpadmin -p "$1" -E -v "$2" -P "$ppd" -o printer-error-policy=abort-job 2>&1) \
    || { echo "$said" >&2; exit 1; }
  cupsenable "$1"
  cupsaccept "$1"
}
queue KioskPDF cups-pdf:/
queue KioskHang kiosk-fault:/hang
queue KioskNoPaper kiosk-fault:/media-empty
queue KioskPaused cups-pdf:/
cupsdisable -r "paused for the kiosk's tests" KioskPaused
queue KioskRejecting cups-pdf:/
cupsreject -r "rejecting for the kiosk's tests" KioskRejecting

lpstat -p KioskPDF -p KioskHang -p KioskNoPaper -p KioskPaused -p KioskRejecting
echo "cups-test-queue: ready; KioskPDF writes to $out_dir/<user name>/*-job_<id>.pdf"
