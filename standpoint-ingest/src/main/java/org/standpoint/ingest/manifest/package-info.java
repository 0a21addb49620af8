/** Manifest CSV files that supply publication date, publisher and URL for inputs that lack them. */
package org.standpoint.ingest.manifest;
