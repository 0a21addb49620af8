/**
 * Reading input files through Hadoop's file system and the batch-wide preparation (exact copies, recurring
 * blocks, near-identical copies) split into per-document work on executors and small decisions on the driver.
 */
package org.standpoint.spark.input;
