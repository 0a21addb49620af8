/**
 * {@code standpoint extract}: runs actor and event extraction again over stored annotation, without parsing
 * again, e.g. after a dictionary or lexicon change.
 */
package org.standpoint.cli.extract;
