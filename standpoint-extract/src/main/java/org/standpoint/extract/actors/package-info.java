/**
 * Actors: the knowledge base of countries, organisations, sectors and people with roles valid over date
 * ranges (derived from the Phoenix dictionaries, extendable by users), and the resolution of each mention in
 * an article to the code of the body it acted for on the article's date.
 */
package org.standpoint.extract.actors;
