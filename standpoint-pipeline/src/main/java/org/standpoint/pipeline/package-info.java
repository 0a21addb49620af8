/**
 * The pipeline contract: a {@link org.standpoint.pipeline.Stage} declares the layers it requires and adds, and
 * {@link org.standpoint.pipeline.Pipeline} refuses to be built when a stage would run without what it needs.
 */
package org.standpoint.pipeline;
