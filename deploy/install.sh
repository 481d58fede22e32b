#!/usr/bin/env bash
# Install, or upgrade, the lobby kiosk on this PC so that it starts at boot and restarts itself.
# As root, on Debian 12 or 13, from a checkout of the repository:
#   bash deploy/install.sh          cage (Wayland); the usual choice
#   bash deploy/install.sh --x11    Xorg without a window manager, for a screen cage cannot drive
#   add --no-start                  install and enable only (the kiosk starts at the next boot)
#   add --content-from SOURCE       content and catalogs from SOURCE (a git remote or an rsync
#                                   source), fetched now and every few minutes by a timer
#   add --health                    and write its health for node_exporter every minute (docs/monitoring.md)
#   add --no-print                  no CUPS (a kiosk without a printer; visitors scan the QR code)
# It waits for the kiosk to report its first screen drawn, and exits 1, with the journal's
# lines, when it did not (or could not start: no /dev/tty1).
# Safe to run again: the app in /opt/westsac-kiosk is replaced by this checkout, the config in
# /etc/westsac-kiosk, the PIN, the logs and the last good copy in /var/lib/westsac-kiosk are kept.
set -euo pipefail

app=/opt/westsac-kiosk
etc=/etc/westsac-kiosk
logs=/var/log/westsac-kiosk
# The last good copy of the content and translations (kiosk/trust/state.py); also the home.
state=/var/lib/westsac-kiosk
user=westsac-kiosk
units=/etc/systemd/system
# --content-from: the City's content and catalogs, kept up to date by westsac-kiosk-content.timer.
content_user=westsac-kiosk-content
content_home=/var/lib/westsac-kiosk-content

variant=wayland
start=1
print=1
health=0
content_from="" content_given=0
all_args="$*"
usage() { echo "install: $* (try --help)" >&2; exit 2; }
while (($#)); do
  case $1 in
    --x11) variant=x11 ;;
    --no-start) start=0 ;;
    --no-print) print=0 ;;
    --health) health=1 ;;
    --content-from=*) content_from=${1#*=} content_given=1 ;;
    --content-from)
      (($# >= 2)) || usage "--content-from needs a SOURCE"
      content_from=$2 content_given=1
      shift
      ;;
    -h | --help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) usage "unknown option $1" ;;
  esac
  shift
done
if (( content_given )); then
  # It is written single-quoted into a systemd EnvironmentFile, where nothing else is special.
  [[ -n $content_from && $content_from != *[$'\'\\\n\r\t']* ]] \
    || usage "--content-from needs a SOURCE without quotes, backslashes or line breaks"
fi
say() { echo "install: $*"; }
die() { echo "install: $*" >&2; exit 1; }

(( EUID == 0 )) || die "run me as root (sudo bash $0 $all_args)"
[[ -r /etc/debian_version ]] || die "this script is for Debian 12 or 13"
src=$(cd "$(dirname "$0")/.." && pwd -P)
[[ -f "$src/main.py" && -f "$src/deploy/westsac-kiosk-session" ]] || die "$src is not a kiosk checkout"

content_dir=$app/content translations_dir=$app/translations
if (( content_given )); then
  content_dir=$content_home/content translations_dir=$content_home/translations
fi

if [[ $variant == wayland ]]; then
  unit=westsac-kiosk.service other=westsac-kiosk-x11.service
  # seatd, not a logind session, lends cage the screen and input (see westsac-kiosk.service).
  debs=(cage xwayland seatd libwayland-client0 libwayland-cursor0 libwayland-egl1)
else
  unit=westsac-kiosk-x11.service other=westsac-kiosk.service
  debs=(xserver-xorg xserver-xorg-legacy xinit)
fi
# The kiosk's own sound server (no desktop session starts one for it): Listen and the chime.
debs+=(pulseaudio)
# The CUPS daemon: the kiosk prints through its local socket (libcups2, from setup.sh).
if (( print )); then debs+=(cups); fi
say "installing Debian packages: ${debs[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}"

if ! getent passwd "$user" >/dev/null; then
  say "creating user $user"
  useradd --system --user-group --create-home --home-dir "/var/lib/$user" \
    --shell /usr/sbin/nologin --comment "West Sacramento lobby kiosk" "$user"
fi
# seatd serves group video; render and input let Qt and a rootless X reach the GPU and touch;
# audio lets the kiosk's PulseAudio reach the sound card.
for group in video render input audio; do
  if getent group "$group" >/dev/null; then usermod -aG "$group" "$user"; fi
done

if [[ $variant == x11 ]]; then
  # Without a logind session Xorg needs root for the screen; Xorg.wrap grants it to a user on
  # a console (the unit's stdin is tty1) and to nobody else.
  printf '%s\n' "# Written by westsac-kiosk's deploy/install.sh --x11" "allowed_users=console" \
    "needs_root_rights=yes" >/etc/X11/Xwrapper.config
  # The unit lets a root Xorg write its log here and nowhere else in /var/log (ReadWritePaths=).
  touch /var/log/Xorg.0.log
fi

systemd_up=0
[[ -d /run/systemd/system ]] && systemd_up=1
was_running=()
if (( systemd_up )); then
  for u in westsac-kiosk.service westsac-kiosk-x11.service; do
    if systemctl --quiet is-active "$u"; then was_running+=("$u"); systemctl stop "$u"; fi
  done
fi

if [[ "$src" != "$app" ]]; then
  say "copying $src to $app"
  mkdir -p "$app"
  # Everything but the virtual environment goes, so files deleted upstream do not linger;
  # .venv is kept to make an upgrade quick, and setup.sh brings it up to date.
  find "$app" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
  tar -C "$src" --exclude=./.venv --exclude=./.git --exclude=__pycache__ --exclude=./logs \
    --exclude=./admin-pin --exclude=./state --exclude='./.*cache' -cf - . | tar -C "$app" -xf -
fi
say "running deploy/setup.sh in $app"
(cd "$app" && bash deploy/setup.sh)
# The kiosk user reads its code and content but can change none of it.
chown -R root:root "$app"
chmod -R u+rwX,go+rX,go-w "$app"

# setgid: files made here (the PIN, by set-pin run as root) belong to the kiosk's group.
install -d -o root -g "$user" -m 2750 "$etc"
if [[ ! -e "$etc/kiosk.yaml" ]]; then
  say "writing $etc/kiosk.yaml (edit it, then: systemctl restart $unit)"
  sed -e "s|^content_dir: .*|content_dir: $content_dir|" \
      -e "s|^translations_dir: .*|translations_dir: $translations_dir|" \
      -e "s|^log_dir: .*|log_dir: $logs|" \
      -e "s|^admin_pin_file: .*|admin_pin_file: $etc/admin-pin|" \
      -e "s|^state_dir: .*|state_dir: $state|" \
      "$app/deploy/kiosk.example.yaml" >"$etc/kiosk.yaml.new"
  for setting in "content_dir: $content_dir" "translations_dir: $translations_dir" \
      "log_dir: $logs" "admin_pin_file: $etc/admin-pin" "state_dir: $state"; do
    grep -qxF "$setting" "$etc/kiosk.yaml.new" || die "could not set '$setting' from kiosk.example.yaml"
  done
  mv "$etc/kiosk.yaml.new" "$etc/kiosk.yaml"
else
  say "keeping $etc/kiosk.yaml"
  # A config from before state_dir: the copy goes where the unit may write it.
  if ! grep -q '^state_dir:' "$etc/kiosk.yaml"; then
    say "adding state_dir: $state to $etc/kiosk.yaml"
    printf '\n# The last good copy of the content and translations (added by install.sh).\nstate_dir: %s\n' \
      "$state" >>"$etc/kiosk.yaml"
  fi
fi
chown root:"$user" "$etc/kiosk.yaml"
chmod 0640 "$etc/kiosk.yaml"
# A PIN file from before the folder was setgid: make it the kiosk's to read.
if [[ -e "$etc/admin-pin" ]]; then
  chown root:"$user" "$etc/admin-pin"
  chmod 0640 "$etc/admin-pin"
fi
install -d -o "$user" -g "$user" -m 0750 "$logs"
install -d -o "$user" -g "$user" -m 0750 "$state"

if (( content_given )); then
  if ! getent passwd "$content_user" >/dev/null; then
    say "creating user $content_user"
    useradd --system --user-group --no-create-home --home-dir "$content_home" \
      --shell /usr/sbin/nologin --comment "West Sacramento kiosk content fetch" "$content_user"
  fi
  say "writing $etc/content-source: $content_from"
  printf "# Written by install.sh --content-from; read by westsac-kiosk-content.service.\nCONTENT_SOURCE='%s'\n" \
    "$content_from" >"$etc/content-source"
  chmod 0644 "$etc/content-source"
  # The unit's StateDirectory= is this folder; made here too, for the first fetch just below.
  install -d -o "$content_user" -g "$content_user" -m 0755 "$content_home"
  say "fetching the content from $content_from"
  runuser -u "$content_user" -- env HOME="$content_home" "$app/deploy/westsac-kiosk-fetch-content" \
    "$content_from" "$content_dir" "$translations_dir" \
    || die "could not fetch the content from $content_from (see above); fix it and run me again"
  # A config that is kept (an upgrade, or a first install without --content-from) is pointed here too.
  for pair in "content_dir:$content_dir" "translations_dir:$translations_dir"; do
    name=${pair%%:*} value=${pair#*:}
    if grep -q "^$name:" "$etc/kiosk.yaml"; then
      sed -i "s|^$name:.*|$name: $value|" "$etc/kiosk.yaml"
    else
      printf '%s: %s\n' "$name" "$value" >>"$etc/kiosk.yaml"
    fi
    grep -qxF "$name: $value" "$etc/kiosk.yaml" || die "could not set '$name: $value' in $etc/kiosk.yaml"
  done
  for f in westsac-kiosk-content.service westsac-kiosk-content.timer; do
    install -m 0644 "$app/deploy/$f" "$units/$f"
  done
fi

say "checking the config as $user"
runuser -u "$user" -- "$app/.venv/bin/python" "$app/main.py" config --config "$etc/kiosk.yaml" >/dev/null \
  || die "the kiosk cannot read $etc/kiosk.yaml (see above); fix it and run me again"

for f in westsac-kiosk.service westsac-kiosk-x11.service westsac-kiosk-retry.service \
    westsac-kiosk-retry.timer; do
  install -m 0644 "$app/deploy/$f" "$units/$f"
done

if (( health )); then
  # --health: `doctor --prometheus` as the kiosk user, every minute, into node_exporter's
  # textfile folder (Debian's prometheus-node-exporter reads it); an ACL lets the kiosk user
  # write there without changing the folder's owner.
  textfiles=/var/lib/prometheus/node-exporter
  say "health: $textfiles/westsac-kiosk.prom, written every minute"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends acl
  [[ -d $textfiles ]] || install -d -m 0755 "$textfiles"
  setfacl -m "u:$user:rwx" "$textfiles"
  for f in westsac-kiosk-health.service westsac-kiosk-health.timer; do
    install -m 0644 "$app/deploy/$f" "$units/$f"
  done
fi

if (( ! systemd_up )); then
  say "systemd is not running here: units installed in $units, not enabled"
  exit 0
fi
systemctl daemon-reload
systemctl disable --quiet "$other" 2>/dev/null || true
systemctl enable --quiet "$unit" westsac-kiosk-retry.timer
if [[ $variant == wayland ]]; then systemctl enable --now --quiet seatd.service; fi
if systemctl --quiet is-enabled display-manager.service 2>/dev/null; then
  say "WARNING: a display manager is enabled ($(readlink -f /etc/systemd/system/display-manager.service));"
  say "         it may take the screen from the kiosk: systemctl disable display-manager.service"
fi
systemctl start westsac-kiosk-retry.timer
if (( content_given )); then systemctl enable --now --quiet westsac-kiosk-content.timer; fi
if (( health )); then systemctl enable --now --quiet westsac-kiosk-health.timer; fi
if (( ! start )); then
  if (( ${#was_running[@]} )); then say "not starting (--no-start); it was running before: systemctl start $unit"; fi
  say "done (not started). Status: systemctl status $unit; logs: journalctl -u $unit"
  exit 0
fi
say "starting $unit and waiting for its first screen (up to 90 s)"
systemctl reset-failed "$unit" 2>/dev/null || true
since=$(date '+%Y-%m-%d %H:%M:%S')
# Type=notify: the start job ends when the kiosk sends READY=1 after its first painted frame,
# or fails (a crash, TimeoutStartSec=); a skipped unit (no tty1) ends it at once, inactive.
systemctl start "$unit" || true
active=$(systemctl show -P ActiveState "$unit")
if [[ $active == active ]]; then
  say "done: the kiosk is up and drew its first screen (pid $(systemctl show -P MainPID "$unit"))."
  say "Status: systemctl status $unit; logs: journalctl -u $unit"
  exit 0
fi
if [[ $(systemctl show -P ConditionResult "$unit") == no ]]; then
  die "NOT STARTED: this PC has no /dev/tty1 (no console for the screen); the unit is installed and enabled"
fi
echo "install: FAILED: $unit is $active ($(systemctl show -P Result "$unit")); systemd keeps retrying. Its journal:" >&2
journalctl -u "$unit" --since "$since" --no-pager -n 30 -o short-monotonic >&2 || true
exit 1
