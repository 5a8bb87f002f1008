"""The small error hierarchy. The CLI maps these to clean messages and exit codes."""


class KgError(Exception):
    """Base class of every error kg-builder reports to a user."""


class ModelNotFound(KgError):
    """No spaCy pipeline of the requested name is installed."""


class InputError(KgError):
    """An input cannot be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingToRead(KgError):
    """No article could be read from the inputs."""


class ExportError(KgError):
    """An export could not be written; the previous exports are left unchanged."""


class NoGraph(KgError):
    """No graph.json where a command expected a built graph."""


class InvalidGraph(KgError, ValueError):
    """A graph.json whose content does not follow docs/graph-contract.md; the message says where."""


class BuildLocked(KgError):
    """Another build holds the output directory past the lock timeout; nothing was written."""


class ServerError(KgError):
    """The embedded Neo4j cannot start, or a server cannot be reached; one line for the user."""


class LauncherUnavailable(ServerError):
    """Java (or Maven, before the first build) is missing, so the Neo4j launcher cannot run here."""


class LauncherFailed(ServerError):
    """The Neo4j launcher exited or did not become ready; the message carries its log."""


class QueryError(KgError):
    """Neo4j rejected a Cypher query (syntax, unknown function, missing parameter, ...)."""


class FilterError(KgError):
    """A graph filter is invalid (an unreadable --exclude file, a negative --min-weight)."""


class SparkUnavailable(KgError):
    """`--engine spark` without pyspark (the `spark` extra) or without Java; says how to install."""


class SparkBuildError(KgError):
    """A Spark build failed: a stage, the connector jars or the Neo4j connector write."""


class SparkPushError(SparkBuildError):
    """The Neo4j connector could not write the graph (the server, the login, a write failed)."""
