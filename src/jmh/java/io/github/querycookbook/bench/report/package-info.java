/** Turns the JMH CSVs of a run into docs/benchmarks.csv, docs/benchmarks.md and the chart docs/benchmarks.svg. */
package io.github.querycookbook.bench.report;
