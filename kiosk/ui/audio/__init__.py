"""Sound: the speaker that decides what is heard (speaker.py), in the window; the sound process
(sound_child.py, reached through sound_link.py) whose server (sound_server.py) sounds it with
the voice (voice.py) and the recording player (player.py), and the engines (speech_engine.py)."""
