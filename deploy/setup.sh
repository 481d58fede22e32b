#!/usr/bin/env bash
# One-step set-up on Debian/Ubuntu: system packages (fonts for every script, the X and
# print libraries Qt needs), then a virtual environment in .venv with the kiosk installed.
#   bash deploy/setup.sh         what the kiosk needs to run
#   bash deploy/setup.sh --dev   also the test tools (pytest, zxing-cpp, poppler, Xvfb, minisign, ruff,
#                                mypy, systemd-analyze, shellcheck, ansible-lint)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[[ "${1:-}" == "--dev" ]] && dev=1

debs=(
  # The fonts of every language: the union of Language.debian_fonts (kiosk/i18n/languages.py),
  # kept equal to it by tests/deploy/test_font_packages.py, which prints this line when they differ.
  fonts-dejavu-core fonts-noto-cjk fonts-noto-core
  fontconfig libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libcups2
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2 libpulse0
  python3 python3-venv python3-pip
  # PyICU (Lao and Khmer line breaks) has no wheel: pip builds it against Debian's ICU, found
  # with pkg-config (measured: 1 min 50 s on a loaded 2-core machine, once).
  libicu-dev pkg-config g++ python3-dev
  # The reader's studio (`main.py record`): FFmpeg trims, normalises (EBU R128) and encodes to
  # Opus, records from the microphone (PulseAudio) and plays a take back (ffplay). The kiosk's
  # own playback uses the FFmpeg inside Qt's wheel and does not need it.
  ffmpeg
)
(( dev )) && debs+=(poppler-utils xvfb xdotool gettext)
# The studio's tests speak their takes with espeak-ng (installed above for the kiosk's voice) and
# make tones with FFmpeg: synthetic input only, never shipped as a reader's recording.
# tests/deploy checks the units with systemd-analyze (package systemd) and CI lints the shell scripts.
(( dev )) && debs+=(systemd shellcheck)
# The content timer's fetch script is tested with real git and rsync.
(( dev )) && debs+=(git rsync)
# The signature tests make keys and signatures with Debian's own minisign (kiosk/trust).
(( dev )) && debs+=(minisign)
# A private PulseAudio with a null sink: the sound process's fault tests kill it mid-sentence.
(( dev )) && debs+=(pulseaudio)
# CUPS and a PDF printer for the printing tests (deploy/cups-test-queue.sh makes the queues).
(( dev )) && debs+=(cups printer-driver-cups-pdf)
# CI lints the Ansible role (deploy/ansible) with Debian's own versions.
(( dev )) && debs+=(ansible ansible-lint)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=()
for pkg in "${debs[@]}"; do
  # Debian 13 renamed libraries for its 64-bit time_t (libcups2 is libcups2t64 there; apt
  # takes the old name for the new). Without this, every run on 13 ran apt-get update and
  # install again, and so failed without network though everything was installed.
  installed "$pkg" || installed "${pkg}t64" || missing+=("$pkg")
done
# python3 may come from elsewhere (pyenv, a custom build): then Debian's is not needed. Debian's
# own python3 has the venv module without ensurepip (python3-venv), so ask for ensurepip.
if python3 -c 'import ensurepip' >/dev/null 2>&1; then
  kept=()
  for pkg in "${missing[@]}"; do [[ "$pkg" == python3* ]] || kept+=("$pkg"); done
  missing=("${kept[@]}")
fi
if (( ${#missing[@]} )); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  (( EUID != 0 )) && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A .venv without pip is what a venv made before python3-venv was there leaves: made again.
if ! { [[ -x .venv/bin/python ]] && .venv/bin/python -m pip --version >/dev/null 2>&1; }; then
  python3 -m venv --clear .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if (( dev )); then
  .venv/bin/python -m pip install -q -e ".[test]"
  # The printing tests print through real CUPS queues: start CUPS and make them.
  bash deploy/cups-test-queue.sh >/dev/null
else
  .venv/bin/python -m pip install -q -e .
fi
echo "setup: ready (.venv/bin/python main.py runs the kiosk)"
