"""Where documents are extracted: in this process (`local`), or on a Dask cluster (`dask`).

An engine maps `etl.steps.process_document` over tasks and hands the results back in the
tasks' order, a few at a time, so the writer streams them to disk in bounded memory and
the tables do not depend on the engine. The Dask engine uses Dask's own machinery: a bag
over the tasks, its partitions computed on a dask.distributed Client (a LocalCluster of
worker processes when no scheduler address is given)."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator

from etl.cli import ENGINES
from etl.steps import DocResult, Task, process_document


class LocalEngine:
    """One document after the other, in this process."""

    name = "local"
    client = None

    def map(self, tasks: list[Task]) -> Iterator[DocResult]:
        return map(process_document, tasks)

    def close(self) -> None:
        pass


class DaskEngine:
    """Documents extracted on Dask workers: a dask.bag over the tasks, its partitions
    computed a window at a time on a distributed Client and gathered in order."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, n_workers: int | None = None,
                 partition_size: int = 25):
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            # Worker processes, one thread each: extraction is pure Python and holds the
            # GIL. No dashboard: a run must not open a port it does not need.
            self.cluster = LocalCluster(
                n_workers=n_workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.partition_size = partition_size

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, tasks: list[Task]) -> Iterator[DocResult]:
        if not tasks:
            return iter(())
        import dask.bag as db

        bag = db.from_sequence(tasks, partition_size=self.partition_size)
        parts = bag.map(process_document).to_delayed()
        # Enough partitions in flight to keep every worker busy while the writer works,
        # few enough that results waiting to be written stay bounded.
        ahead = 3 * self.workers() + 1

        def results() -> Iterator[DocResult]:
            futures: deque = deque()
            for part in parts:
                futures.append(self.client.compute(part))
                if len(futures) >= ahead:
                    yield from futures.popleft().result()
            while futures:
                yield from futures.popleft().result()

        return results()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def open_engine(name: str, scheduler: str | None = None) -> LocalEngine | DaskEngine:
    if name == "local":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler)
    raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
