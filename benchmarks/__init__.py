"""Benchmarks: hikari_like against hikari in the same run (`nox -s benchmarks`)."""
