# Running `python -m __main__` at collection would start the CLI.
collect_ignore = ["parkclean/__main__.py"]
