"""Sound: the speaker that arbitrates what is heard, and the engines behind it."""
