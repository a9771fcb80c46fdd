"""The tracker: matching, flags, review, digest, scheduling and the command line."""
