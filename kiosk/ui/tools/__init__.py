"""What draws the kiosk offscreen for people and checks, never imported by the running kiosk:
screenshots, the tour, the layout and glyph checks, their stand-in printer and speaker."""
