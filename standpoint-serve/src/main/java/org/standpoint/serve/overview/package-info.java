/** The overview: counts of what is stored, the latest articles, the most active actors. */
package org.standpoint.serve.overview;
