"""Typed exceptions that the command line turns into one line on stderr and exit status 2."""


class ReconcileError(Exception):
    """Base class for problems caused by the input or the configuration, not by a bug."""


class InputError(ReconcileError):
    """A version of the story cannot be read or decoded."""


class ConfigError(ReconcileError):
    """An option or configuration value is invalid."""
