package com.gmpgate.notification.alerts;

import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.messaging.Messaging;
import com.gmpgate.notification.NotificationEnvironment;
import com.gmpgate.notification.application.AdminLinks;
import com.gmpgate.notification.application.AlertSupervisors;
import com.gmpgate.port.DeliveryLedger;
import com.gmpgate.port.OutbreakLedger;
import com.gmpgate.port.SiteAlerts;
import com.gmpgate.port.WorkerDepartments;
import java.time.Clock;

/**
 * Builds NotificationFunction's collaborators once per execution environment: from the environment ({@link #from})
 * or from any ports for tests ({@link #of}). A missing variable fails here, at start, with its name.
 */
public record NotificationWiring(AlertSupervisors alerts) {

    public static NotificationWiring from(Env env) {
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        DynamoDbStores stores = new DynamoDbStores(dynamoDb, DynamoDbClients.create(dynamoDb));
        return of(Messaging.siteAlerts(env.variables()), stores.deliveries(), stores.outbreaks(),
                stores.workerDepartments(), new AdminLinks(env.required(NotificationEnvironment.ADMIN_APP_URL)),
                Clock.systemUTC());
    }

    public static NotificationWiring of(SiteAlerts alerts, DeliveryLedger deliveries, OutbreakLedger outbreaks,
            WorkerDepartments departments, AdminLinks links, Clock clock) {
        return new NotificationWiring(new AlertSupervisors(alerts, deliveries, outbreaks, departments, links, clock));
    }
}
