#!/usr/bin/env python3
"""Extract a JSON Lines corpus on a Dask cluster; `policygraph load` then
builds the database.

Dask splits the file into partitions of whole lines (dask.bag.read_text
with a block size), and each worker pipes its partition through

    policygraph extract --stdout --quiet --source-name NAME -

where NAME is the input's absolute path: documents are then named
NAME#ID, exactly as a direct `policygraph extract FILE` names them, so
the loaded database equals the direct one byte for byte. The records are
written to --out in partition order (or to standard output with "-"):

    python3 scripts/dask-extract.py --workers 2 --out records.jsonl corpus.jsonl
    policygraph load records.jsonl --db kg.db

Without --scheduler a LocalCluster of --workers processes (one thread
each) runs on this machine; --scheduler tcp://HOST:8786 uses a running
cluster, whose workers must see the same binary path (or have
`policygraph` on their PATH: --binary policygraph). Arguments after "--"
go to extract (--rules FILE, --jsonl-text FIELD …); rule files must be at
the same path on every worker.

Exit status: 0 when every partition extracted cleanly, 1 when some
partition's extract failed (its standard error is printed; the records of
the other documents are still written, as extract itself does), 2 on a
usage error.
"""

import argparse
import os
import shutil
import subprocess
import sys


def extract_partition(lines, binary, source_name, extra):
    """Runs extract on one partition; returns (records, returncode, stderr, worker pid)."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not data.strip():
        # A block inside one long line yields no lines; extract would
        # report an empty standard input.
        return "", 0, "", os.getpid()
    cmd = [binary, "extract", "--stdout", "--quiet", "--source-name", source_name]
    cmd += list(extra) + ["-"]
    proc = subprocess.run(cmd, input=data.encode("utf-8"), capture_output=True, check=False)
    return (proc.stdout.decode("utf-8"), proc.returncode, proc.stderr.decode("utf-8", "replace"),
            os.getpid())


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="a JSON Lines file of documents")
    p.add_argument("--out", default="-", help='records file ("-": standard output)')
    p.add_argument("--binary", default=None,
                   help="the policygraph binary (default: the one on PATH, as an absolute path)")
    p.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    p.add_argument("--partitions", type=int, default=0,
                   help="split the input into about this many partitions (default: 2 per worker)")
    p.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    p.add_argument("--source-name", default=None,
                   help="name of the documents' source (default: the input's absolute path)")
    args, extra = p.parse_known_args(argv)
    if extra and extra[0] == "--":
        extra = extra[1:]
    elif extra:
        p.error("unknown arguments %s (extract's flags go after --)" % " ".join(extra))
    if args.workers < 1:
        p.error("--workers must be at least 1")

    binary = args.binary or shutil.which("policygraph")
    if not binary:
        p.error("no policygraph on PATH; name it with --binary")
    if os.sep in binary:
        binary = os.path.abspath(binary)
    path = os.path.abspath(args.input)
    try:
        size = os.path.getsize(path)
    except OSError as e:
        print("dask-extract: %s" % e, file=sys.stderr)
        return 2
    source = args.source_name or path

    # Imported here so that --help works without Dask.
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    parts = args.partitions or 2 * args.workers
    blocksize = max(1, -(-size // parts))  # ceiling: at most `parts` blocks
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.read_text(path, blocksize=blocksize, encoding="utf-8")
        results = bag.map_partitions(
            lambda lines: [extract_partition(lines, binary, source, extra)]).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    failed = 0
    try:
        for i, (records, code, stderr, _) in enumerate(results):
            out.write(records)
            if code != 0:
                failed += 1
                print("dask-extract: partition %d: extract exited %d:\n%s" % (i, code, stderr.rstrip()),
                      file=sys.stderr)
    finally:
        if out is not sys.stdout:
            out.close()
    pids = {r[3] for r in results}
    print("dask-extract: %d partitions on %s, run by %d worker processes, %d failed" %
          (len(results), args.scheduler or "%d local workers" % args.workers, len(pids), failed),
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
