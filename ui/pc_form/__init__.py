"""The patient form on a PC: the article beside the form, Submit, the consent, the
privacy guard; built by building.py."""
