"""Sound: the speaker that decides what is heard (speaker.py), the voice (voice.py) and the
recording player (player.py) that sound it, and the engines behind them (speech_engine.py)."""
