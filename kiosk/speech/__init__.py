"""Listen: what is read aloud, by which voice or recording. Pure logic; the Qt side is
kiosk.ui.audio.speaker."""
