"""What keeps the kiosk up and shut: lockdown, recovery, the watchdog, the watchers."""
