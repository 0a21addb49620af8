/**
 * The analysis as a library that the command line, the benchmark and the Spark job all call: the pipeline
 * assembled from one {@link org.standpoint.analysis.AnalysisConfig} by {@link org.standpoint.analysis.AnalysisPipeline},
 * and the {@link org.standpoint.analysis.Version} every stored record names. Nothing here opens a database.
 */
package org.standpoint.analysis;
