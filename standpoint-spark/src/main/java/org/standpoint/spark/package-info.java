/**
 * The Spark job: {@code standpoint analyze} and {@code standpoint export} over inputs on a cluster's file
 * systems, with the same records as the single-machine path.
 */
package org.standpoint.spark;
