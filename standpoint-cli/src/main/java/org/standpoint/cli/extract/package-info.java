/**
 * {@code standpoint extract}: runs actor and event extraction again over stored annotation, without parsing
 * again, e.g. after a dictionary or lexicon change; and the assembly of the extraction stages shared with
 * {@code analyze}.
 */
package org.standpoint.cli.extract;
