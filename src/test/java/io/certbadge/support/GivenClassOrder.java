package io.certbadge.support;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the test classes in the order Surefire hands them over. Quarkus groups the classes by test
 * profile and then sorts each group with its secondary orderer, by class name unless told
 * otherwise; with this one as the secondary orderer ({@code quarkus.test.class-orderer}),
 * {@code -Dsurefire.runOrder=random} really runs each group in a random order.
 */
public class GivenClassOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // the given order is the order
    }
}
