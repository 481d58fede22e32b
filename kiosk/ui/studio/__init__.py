"""The reader's studio: `main.py record LANG`, a window for the person who reads the cards aloud."""
