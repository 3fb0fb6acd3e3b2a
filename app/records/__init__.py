"""The reception side: the records list, a record's follow-up, exports."""
