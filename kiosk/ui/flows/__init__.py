"""What a visitor does that takes more than one screen: staff access, Listen, Print, keys."""
