# One image for every certex service; docker-compose.yml picks the role with the command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl launcher -am

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/certex.jar /app/certex.jar
COPY scenarios /app/scenarios
ENV CERTEX_HOME=/app
ENTRYPOINT ["java", "-jar", "/app/certex.jar"]
