# Published ports: -p forms, docker port, host access, conflicts.
docker run -d --name g-web -p 18080:80 busybox sh -c 'mkdir -p /www && echo hello from g-web > /www/index.html && httpd -f -p 80 -h /www'
docker port g-web
docker port g-web 80
docker port g-web 80/tcp
docker port g-web 81
docker ps --filter name=g-web --format '{{.Ports}}'
sleep 1
curl -s localhost:18080/
curl -s -o /dev/null -w '%{http_code}\n' localhost:18080/missing
docker inspect -f '{{json .HostConfig.PortBindings}}' g-web
docker inspect -f '{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}' g-web
docker run -d --name g-web2 -p 18080:80 busybox sleep 1000
echo $?
docker inspect -f '{{.State.Status}}' g-web2
docker rm g-web2
docker run -d --name g-local -p 127.0.0.1:18081:80 busybox sleep 1000
docker port g-local
docker run -d --name g-udp -p 18082:53/udp busybox sleep 1000
docker port g-udp
docker run -d --name g-range -p 18090-18091:90-91 busybox sleep 1000
docker port g-range
docker run -d --name g-multi -p 18083:80 -p 18084:443 busybox sleep 1000
docker port g-multi
docker ps --filter name=g-multi --format '{{.Ports}}'
docker create --name g-bad -p 99999:80 busybox true
echo $?
docker create --name g-bad -p abc:80 busybox true
echo $?
docker create --name g-bad -p 18085:80/sctpx busybox true
echo $?
docker run -d --name g-rand -p 80 busybox sleep 1000
docker port g-rand | wc -l
docker rm -f g-web g-local g-udp g-range g-multi g-rand
docker port g-web
echo $?
curl -s --max-time 2 localhost:18080/ 
echo $?
