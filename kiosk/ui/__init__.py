"""Qt Widgets: the window, its screens and widgets. Receives translated view data."""
