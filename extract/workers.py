"""Extraction in worker processes, behind `kg build --workers N` and `kg extract --workers N`.

Each worker is a spawned process that loads the spaCy pipeline once (`extract.nlp.load_pipeline`)
and extracts batches of documents with `extract.pipeline.extract_batch`: the batches
`extract.pipeline.batches` cuts, the function the in-process path runs, so the articles are the
same whatever the number of workers. Articles come back in input order.

A worker that dies (a crash inside spaCy, the kernel's OOM killer) costs only the article it was
on: its batch is run again one document per task in a fresh worker, and an article whose worker
dies again is reported as a Problem and left out. Ctrl-C reaches the parent only (the workers
ignore SIGINT); leaving the generator for any reason (an exception, SIGTERM turned into
SystemExit, the consumer stopping) terminates the workers.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections import deque
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator

from extract.nlp import load_pipeline
from extract.profiles import Profile
from extract.pipeline import BATCH_CHARS, PIECE_CHARS, Article, batches, extract_batch, extraction_failed
from extract.types import Document

#: the default number of workers is the number of usable cores, at most this: each worker
#: holds its own copy of the model (about 200 MB) and its parser's memory
MAX_DEFAULT_WORKERS = 8
#: batches sent ahead to each worker, so that it never waits for the parent
DEPTH = 2


def default_workers() -> int:
    """The number of cores this process may use, capped at MAX_DEFAULT_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


class WorkerError(Exception):
    """An exception raised in a worker, carried back with its formatted traceback."""


@dataclass
class _Slot:
    """One batch of the input: its documents and, once extracted, its articles and problems."""

    documents: list[Document]
    parts: list | None = None  # per document, when the batch is retried one document at a time
    articles: list[Article] | None = None
    problems: list = field(default_factory=list)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object
    tasks: deque = field(default_factory=deque)  # (seq, index or None) sent, oldest first
    ready: bool = False


def parallel_articles(documents: Iterable[Document], *, workers: int, model: str | None = None,
                      on_problem: Callable | None = None, batch_chars: int = BATCH_CHARS,
                      piece_chars: int = PIECE_CHARS, task: Callable = extract_batch,
                      profile: Profile = Profile.news) -> Iterator[Article]:
    """The articles of `documents` in input order, extracted by `workers` processes.

    `task(documents, nlp, on_problem=..., batch_chars=..., piece_chars=..., profile=...)` runs in the workers
    and must be importable by name (a module-level function); it is `extract_batch` but for
    tests. Raises what loading the model raises (ModelNotFound) before any article.
    """
    report = on_problem or (lambda problem: None)
    options = {"batch_chars": batch_chars, "piece_chars": piece_chars, "profile": profile}
    source = batches(documents, batch_chars)
    first = list(islice(source, 2))
    if len(first) < 2:  # one batch: a pool would only add its start-up
        for batch in first:
            yield from task(batch, load_pipeline(model), on_problem=report, **options)
        return
    pool = _Pool(workers, model, options, task)
    slots: dict[int, _Slot] = {}
    queue: deque = deque()  # (seq, index or None) waiting for a worker
    source = enumerate(chain(first, source))
    exhausted, next_out = False, 0
    try:
        pool.start()
        while True:
            while next_out in slots and slots[next_out].articles is not None:
                slot = slots.pop(next_out)
                next_out += 1
                for problem in slot.problems:
                    report(problem)
                yield from slot.articles
            while pool.has_room():
                if not queue and not exhausted and len(slots) < workers * (DEPTH + 1):
                    try:
                        seq, batch = next(source)
                    except StopIteration:
                        exhausted = True
                    else:
                        slots[seq] = _Slot(batch)
                        queue.append((seq, None))
                if not queue:
                    break
                seq, index = queue.popleft()
                slot = slots[seq]
                pool.send((seq, index), slot.documents if index is None else [slot.documents[index]])
            if exhausted and not slots:
                return
            for (seq, index), outcome in pool.results():
                if outcome[0] == "requeue":
                    queue.appendleft((seq, index))
                else:
                    _settle(slots[seq], index, outcome, queue, seq)
    finally:
        pool.stop()


def _settle(slot: _Slot, index: int | None, outcome, queue: deque, seq: int) -> None:
    """Record what became of one task: ("done", articles, problems) or ("died", exit code)."""
    if outcome[0] == "done":
        _, articles, problems = outcome
        if index is None:
            slot.articles, slot.problems = articles, problems
        else:
            slot.parts[index] = (articles, problems)
    elif index is None and len(slot.documents) > 1:
        slot.parts = [None] * len(slot.documents)  # find the article that kills its worker
        queue.extendleft(reversed([(seq, i) for i in range(len(slot.documents))]))
        return
    else:
        document = slot.documents[index or 0]
        died = ([], [extraction_failed(document, f"its worker process died, exit code {outcome[1]}")])
        if index is None:
            slot.articles, slot.problems = died
        else:
            slot.parts[index] = died
    if slot.parts is not None and all(part is not None for part in slot.parts):
        slot.articles = [a for articles, _ in slot.parts for a in articles]
        slot.problems = [p for _, problems in slot.parts for p in problems]


class _Pool:
    """Worker processes, each fed up to DEPTH tasks through its own pipe; dead ones replaced."""

    def __init__(self, size: int, model: str | None, options: dict, task: Callable):
        self.size, self.model, self.options, self.task = size, model, options, task
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []

    def start(self) -> None:
        for _ in range(self.size):
            self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_work, args=(child, self.model, self.options, self.task),
                                       daemon=True, name="kg-extract")
        try:  # a spawned Python keeps SIGINT ignored: Ctrl-C is for the parent to handle
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the main thread: signals cannot be set here
            previous = None
        try:
            process.start()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        child.close()
        return _Worker(process, parent)

    def has_room(self) -> bool:
        return any(len(w.tasks) < DEPTH for w in self.workers)

    def send(self, key, documents: list[Document]) -> None:
        worker = min((w for w in self.workers if len(w.tasks) < DEPTH), key=lambda w: len(w.tasks))
        worker.tasks.append(key)
        try:
            worker.conn.send((key, documents))
        except (BrokenPipeError, ConnectionResetError, EOFError):
            pass  # the worker died; results() finds out and settles its tasks

    def results(self) -> Iterator[tuple[object, tuple]]:
        """Wait until some worker answers or dies; the (task key, outcome) pairs settled."""
        busy = [w for w in self.workers if w.tasks or not w.ready]
        if not busy:
            return
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.conn in ready:
                try:
                    kind, payload = worker.conn.recv()
                except (EOFError, OSError):
                    kind, payload = "eof", None
                if kind == "ready":
                    worker.ready = True
                elif kind == "failed":  # the model cannot be loaded: no worker can run
                    raise payload
                elif kind == "done":
                    key, articles, problems = payload
                    worker.tasks.popleft()
                    yield key, ("done", articles, problems)
                    continue
                if kind != "eof":
                    continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                yield from self._replace(worker)

    def _replace(self, worker: _Worker) -> Iterator[tuple[object, tuple]]:
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        worker.conn.close()
        if not worker.ready:
            raise WorkerError(f"a worker process died while loading the spaCy pipeline (exit code {code})")
        self.workers[self.workers.index(worker)] = self._spawn()
        if worker.tasks:  # the oldest task was running; the others wait for another worker
            yield worker.tasks.popleft(), ("died", code)
            for key in worker.tasks:
                yield key, ("requeue",)

    def stop(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(timeout=10)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []


def _work(conn, model: str | None, options: dict, task: Callable) -> None:
    """A worker's life: load the model once, then extract the batches it is sent until told to stop."""
    try:
        nlp = load_pipeline(model)
    except Exception as exc:
        conn.send(("failed", exc))
        return
    conn.send(("ready", None))
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    while (message := inbox.get()) is not None:
        key, documents = message
        problems: list = []
        try:
            articles = task(documents, nlp, on_problem=problems.append, **options)
        except Exception:  # spaCy itself failed on the batch: each document alone, failures reported
            articles, problems = _one_by_one(documents, nlp, options, task)
        conn.send(("done", (key, articles, [_portable(p) for p in problems])))


def _receive(conn, inbox: queue.SimpleQueue) -> None:
    """Take tasks off the pipe as they come, so that the parent never blocks sending one while
    this worker blocks sending a result (both pipe buffers full: a deadlock)."""
    while True:
        try:
            inbox.put(conn.recv())
        except (EOFError, OSError):
            inbox.put(None)  # the parent is gone
            return


def _one_by_one(documents: list[Document], nlp, options: dict, task: Callable) -> tuple[list, list]:
    articles: list = []
    problems: list = []
    for document in documents:
        try:
            articles.extend(task([document], nlp, on_problem=problems.append, **options))
        except Exception as exc:
            problems.append(extraction_failed(document, f"{type(exc).__name__}: {exc}", exc))
    return articles, problems


def _portable(problem):
    """The problem with its exception replaced by one that survives pickling, traceback as text."""
    if problem.error is None:
        return problem
    text = "".join(traceback.format_exception(problem.error)).rstrip()
    return replace(problem, error=WorkerError(f"in a worker process:\n{text}"))
