"""Reporters: each turns an Assessment into text or bytes, and never recomputes anything."""
