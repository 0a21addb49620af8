/** Annotation and extraction of each article on the executors, with the models loaded once per executor JVM. */
package org.standpoint.spark.analysis;
