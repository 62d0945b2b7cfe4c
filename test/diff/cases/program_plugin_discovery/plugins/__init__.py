"""The plugin package: every module with a run() function is a plugin."""
API_VERSION = 2
