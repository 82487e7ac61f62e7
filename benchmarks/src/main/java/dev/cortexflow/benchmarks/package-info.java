/** JMH benchmarks of cortexflow. */
package dev.cortexflow.benchmarks;
