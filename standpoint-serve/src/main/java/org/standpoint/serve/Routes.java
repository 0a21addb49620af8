package org.standpoint.serve;

import java.util.List;

/** The endpoints of one feature of the API (articles, actors, events, ...). */
public interface Routes {
    List<Endpoint> endpoints();
}
